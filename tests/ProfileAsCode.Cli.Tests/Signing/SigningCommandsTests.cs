using System.Security.Cryptography.X509Certificates;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Cli.Tests.Signing;

/// <summary>sign, verify and unsign through the real tool, checked against openssl.</summary>
[Collection(PkiCollection.Name)]
public sealed class SigningCommandsTests(TestPki pki)
{
    private const string PasswordVariable = "PAC_CLI_SIGNING_PASSWORD";
    private const string WrongPassword = "Wr0ng-Batt3ry-77e1";

    private static readonly Dictionary<string, string?> RightPassword = new() { [PasswordVariable] = TestChain.Password, ["SOURCE_DATE_EPOCH"] = null };

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Ecdsa)]
    public void Sign_GivesWhatOpenSslVerifies_AndVerifyAndUnsignGiveTheProfileBack(KeyAlgorithm algorithm)
    {
        var chain = pki.Chain(algorithm);
        using var dir = new TempDirectory();
        var profile = dir.Write("profile.mobileconfig", TestProfiles.Xml);

        var sign = Tool(RightPassword, "sign", profile, "--certificate", chain.SignerP12, "--password-variable", PasswordVariable, "--out", dir.File("signed.mobileconfig"));
        var verify = Tool(RightPassword, "verify", dir.File("signed.mobileconfig"), "--ca", chain.RootPem);
        var unsign = Tool(RightPassword, "unsign", dir.File("signed.mobileconfig"), "--out", dir.File("plain.mobileconfig"));

        Assert.True(sign.ExitCode == 0, sign.Stderr);
        Assert.Contains($"signed by '{chain.Signer.Subject}'", sign.Stderr, StringComparison.Ordinal);
        Assert.Equal(TestProfiles.Xml, OpenSsl.VerifyAndExtract(dir.File("signed.mobileconfig"), chain.RootPem));
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal($"{dir.File("signed.mobileconfig")}: verified: signed by '{chain.Signer.Subject}'", verify.Stdout[..verify.Stdout.IndexOf(" at ", StringComparison.Ordinal)]);
        Assert.Contains($"(chains to {chain.RootPem})", verify.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, unsign.ExitCode);
        Assert.Equal(TestProfiles.Xml, File.ReadAllBytes(dir.File("plain.mobileconfig")));
        AssertNoPassword(sign, verify, unsign);
    }

    [Fact]
    public void Sign_WithRsaAndAFixedTime_IsByteReproducible_FromTheOptionOrSourceDateEpoch()
    {
        using var dir = new TempDirectory();
        var profile = dir.Write("profile.mobileconfig", TestProfiles.Xml);
        string[] identity = ["--certificate", pki.Rsa.SignerPem, "--key", pki.Rsa.SignerEncryptedKeyPem, "--password-variable", PasswordVariable, "--chain", pki.Rsa.IntermediatePem];

        var first = Tool(RightPassword, ["sign", profile, .. identity, "--signing-time", "1772600767", "--out", dir.File("a.mobileconfig")]);
        var second = Tool(RightPassword, ["sign", profile, .. identity, "--signing-time", "1772600767", "--out", dir.File("b.mobileconfig")]);
        var fromEnvironment = Tool(new Dictionary<string, string?>(RightPassword) { ["SOURCE_DATE_EPOCH"] = "1772600767" }, ["sign", profile, .. identity, "--out", dir.File("c.mobileconfig")]);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("signing time 2026-03-04 05:06:07Z; reproducible", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(dir.File("a.mobileconfig")), File.ReadAllBytes(dir.File("b.mobileconfig")));
        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.Stderr);
        Assert.Equal(File.ReadAllBytes(dir.File("a.mobileconfig")), File.ReadAllBytes(dir.File("c.mobileconfig")));
        AssertNoPassword(first, second, fromEnvironment);
    }

    [Fact]
    public void VerifyAndUnsign_AcceptAProfileOpenSslSigned()
    {
        using var dir = new TempDirectory();
        var signed = OpenSsl.Sign(pki.Ecdsa, dir.Path);

        var verify = RealTool.Run("verify", signed, "--ca", pki.Ecdsa.RootPem);
        var unsign = RealTool.Run("unsign", signed, "--out", dir.File("plain.mobileconfig"));

        Assert.True(verify.ExitCode == 0, verify.Stdout + verify.Stderr);
        Assert.Equal(0, unsign.ExitCode);
        Assert.Equal(TestProfiles.Xml, File.ReadAllBytes(dir.File("plain.mobileconfig")));
    }

    [Fact]
    public void Verify_AgainstAnotherRoot_FailsWithExitOne_ButTheSignatureAloneHolds()
    {
        using var dir = new TempDirectory();
        var signed = OpenSsl.Sign(pki.Rsa, dir.Path);

        var otherRoot = RealTool.Run("verify", signed, "--ca", pki.Ecdsa.RootPem);
        var signatureOnly = RealTool.Run("verify", signed, "--signature-only");

        Assert.Equal(1, otherRoot.ExitCode);
        Assert.StartsWith($"{signed}: NOT verified: The signer 'CN=ProfileAsCode Test Signer Rsa' does not chain to the given root(s)", otherRoot.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, signatureOnly.ExitCode);
        Assert.Contains("(signature only; certificate trust not checked)", signatureOnly.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TamperedContent_FailsVerify_AndUnsignWarnsButWritesIt()
    {
        using var dir = new TempDirectory();
        var bytes = File.ReadAllBytes(OpenSsl.Sign(pki.Rsa, dir.Path));
        var at = bytes.AsSpan().IndexOf("com.contoso.jamfconnect"u8);
        bytes[at] = (byte)'C';
        var tampered = dir.Write("tampered.mobileconfig", bytes);

        var verify = RealTool.Run("verify", tampered, "--signature-only");
        var unsign = RealTool.Run("unsign", tampered, "--out", dir.File("plain.mobileconfig"));

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("NOT verified: The signature does not match the content", verify.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, unsign.ExitCode);
        Assert.Contains("the signature does NOT verify", unsign.Stderr, StringComparison.Ordinal);
        Assert.Contains("Com.contoso.jamfconnect", File.ReadAllText(dir.File("plain.mobileconfig")), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> SignFailures => new()
    {
        { "wrong password", "The password for the PKCS#12 file is wrong" },
        { "password variable not set", $"The environment variable '{PasswordVariable}' that should hold the signing password is not set" },
        { "no private key", "holds certificates but no private key" },
        { "expired", "expired on 2022-01-01" },
        { "missing certificate", "The signing certificate file does not exist" },
        { "already signed", "is already signed" },
    };

    [Theory]
    [MemberData(nameof(SignFailures))]
    public void SignFailure_IsOneLineNamingTheFile_ExitTwo_NothingWritten(string failure, string expected)
    {
        using var dir = new TempDirectory();
        var profile = dir.Write("profile.mobileconfig", TestProfiles.Xml);
        var (file, arguments, environment) = Provoke(failure, dir, profile);
        var before = dir.Listing();

        var result = Tool(environment, ["sign", .. arguments, "--out", dir.File("signed.mobileconfig")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(file is null ? "profile-as-code: " + expected : $"profile-as-code: {file}: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Equal(before, dir.Listing());
        AssertNoPassword(result);
    }

    [Theory]
    [InlineData("verify {0}", "verify needs exactly one of --ca FILE (the root the signer must chain to) and --signature-only")]
    [InlineData("verify {0} --ca {1} --signature-only", "verify needs exactly one of --ca FILE (the root the signer must chain to) and --signature-only")]
    [InlineData("verify {0} --signature-only=yes", "option '--signature-only' takes no value")]
    [InlineData("unsign {1} --out {0}.out", "{1}: is not signed; there is nothing to unsign")]
    public void MisusedSigningCommands_AreBadInput(string commandLine, string expected)
    {
        using var dir = new TempDirectory();
        var signed = OpenSsl.Sign(pki.Rsa, dir.Path);
        var unsigned = dir.Write("plain.mobileconfig", TestProfiles.Xml);

        var result = RealTool.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, commandLine, signed, unsigned).Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, signed, unsigned), result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(signed + ".out"));
    }

    private (string? File, string[] Arguments, Dictionary<string, string?> Environment) Provoke(string failure, TempDirectory dir, string profile)
    {
        var chain = pki.Ecdsa;
        switch (failure)
        {
            case "wrong password":
                return (chain.SignerP12, [profile, "--certificate", chain.SignerP12, "--password-variable", PasswordVariable], new() { [PasswordVariable] = WrongPassword });
            case "password variable not set":
                // No file is at fault, so the line names none.
                return (null, [profile, "--certificate", chain.SignerP12, "--password-variable", PasswordVariable], new() { [PasswordVariable] = null });
            case "no private key":
                return (chain.SignerPem, [profile, "--certificate", chain.SignerPem], RightPassword);
            case "expired":
                using (var key = chain.NewKey())
                using (var leaf = chain.IssueLeaf("CN=expired", key, new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero)))
                {
                    var certificate = Path.Combine(pki.NewFolder(), "expired.pem");
                    File.WriteAllText(certificate, leaf.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem());
                    return (certificate, [profile, "--certificate", certificate, "--chain", chain.IntermediatePem], RightPassword);
                }

            case "missing certificate":
                var missing = Path.Combine(pki.NewFolder(), "nowhere.p12");
                return (missing, [profile, "--certificate", missing], RightPassword);
            case "already signed":
                var signed = OpenSsl.Sign(chain, pki.NewFolder());
                return (signed, [signed, "--certificate", chain.SignerP12, "--password-variable", PasswordVariable], RightPassword);
            default:
                throw new ArgumentOutOfRangeException(nameof(failure), failure, null);
        }
    }

    [Fact]
    public void APasswordGivenAsThePasswordVariable_IsNotEchoed()
    {
        using var dir = new TempDirectory();
        var profile = dir.Write("profile.mobileconfig", TestProfiles.Xml);

        var sign = Tool(RightPassword, "sign", profile, "--certificate", pki.Rsa.SignerP12, "--password-variable", TestChain.Password, "--out", dir.File("signed.mobileconfig"));

        Assert.Equal(2, sign.ExitCode);
        Assert.Contains("not the name of an environment variable", sign.Stderr, StringComparison.Ordinal);
        AssertNoPassword(sign);
    }

    private static ProcessResult Tool(IDictionary<string, string?> environment, params string[] arguments) => RealTool.Run(arguments, environment: environment);

    private static void AssertNoPassword(params ProcessResult[] results)
    {
        foreach (var result in results)
        {
            foreach (var secret in new[] { TestChain.Password, WrongPassword })
            {
                Assert.DoesNotContain(secret, result.Stdout + result.Stderr, StringComparison.Ordinal);
            }
        }
    }
}
