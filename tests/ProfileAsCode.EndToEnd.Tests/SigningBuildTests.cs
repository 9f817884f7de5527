using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// One consumer build of the Entra ID sample with the signing properties, the way a CI job runs it: the
/// password in an environment variable, SOURCE_DATE_EPOCH set, everything MSBuild logs captured.
/// (Every failure case and reproducibility are covered against the real host in ProfileAsCode.Host.Tests.)
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SigningBuildTests(PackageFixture package, TestPki pki) : IClassFixture<TestPki>
{
    private const string PasswordVariable = "PAC_E2E_SIGNING_PASSWORD";

    [Fact]
    public void BuildWithSigningProperties_WritesASignedProfileThatOpenSslVerifies_AndNeverLogsThePassword()
    {
        var consumer = package.CreateConsumer("SignedSample", "net8.0");
        consumer.CopySampleSources("JamfConnect.EntraId");

        consumer.Write("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <ProfileAsCodeSigningCertificate>{pki.Rsa.SignerP12}</ProfileAsCodeSigningCertificate>
                <ProfileAsCodeSigningPasswordVariable>{PasswordVariable}</ProfileAsCodeSigningPasswordVariable>
                <ProfileAsCodeWriteUnsigned>true</ProfileAsCodeWriteUnsigned>
              </PropertyGroup>
            </Project>
            """);

        // Diagnostic verbosity logs properties, task parameters and the host's command line.
        var build = consumer.BuildWithEnvironment(
            new Dictionary<string, string?> { [PasswordVariable] = TestChain.Password, ["SOURCE_DATE_EPOCH"] = "1772600767" },
            "-v:diag");

        Assert.True(build.Succeeded, build.Output);
        Assert.Contains("1 profile written, 0 unchanged (signed by 'CN=ProfileAsCode Test Signer Rsa', reproducibly)", build.Output, StringComparison.Ordinal);
        var signed = consumer.ProfilePath("com.contoso.jamfconnect.mobileconfig");
        var unsigned = consumer.ProfilePath("com.contoso.jamfconnect.unsigned.mobileconfig");
        Assert.Equal(File.ReadAllBytes(unsigned), OpenSsl.VerifyAndExtract(signed, pki.Rsa.RootPem));
        Assert.Equal("com.contoso.jamfconnect", PlistLib.Load(unsigned).GetProperty("PayloadIdentifier").GetString());

        // The log does show the host's command line with the variable's name, so a password passed there would be caught.
        Assert.Contains("--sign-password-variable " + PasswordVariable, build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestChain.Password, build.Output, StringComparison.Ordinal);
        var fileList = Directory.GetFiles(Path.Combine(consumer.Directory, "obj"), "*.profileascode.files.txt", SearchOption.AllDirectories).Single();
        Assert.Contains(unsigned, File.ReadAllLines(fileList));
    }
}
