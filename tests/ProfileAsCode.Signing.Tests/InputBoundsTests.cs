using System.Diagnostics;
using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Signing.Verification;

namespace ProfileAsCode.Signing.Tests;

/// <summary>Issue 13, item 9: what the signing library reads is bounded, and a password given where a variable name belongs is never echoed.</summary>
public sealed class InputBoundsTests
{
    [Theory]
    [InlineData("s3cr3t p@ss!")]
    [InlineData("Tr0ub4dor&3")]
    [InlineData("9LivesOfACat")]
    public void APasswordGivenAsTheVariableName_IsNamedAsSuch_AndNeverEchoed(string password)
    {
        var error = Assert.Throws<SigningException>(() => SigningPassword.FromEnvironment(password));

        Assert.DoesNotContain(password, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("not the name of an environment variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsetVariableWithAMixedCaseName_IsNotEchoed_ItMayBeThePassword()
    {
        const string LooksLikeAName = "CorrectHorseBatteryStaple";

        var error = Assert.Throws<SigningException>(() => SigningPassword.FromEnvironment(LooksLikeAName));

        Assert.DoesNotContain(LooksLikeAName, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(SigningError.PasswordVariableNotSet, error.Error);
    }

    [Fact]
    public void AnUnsetConventionalName_IsNamed()
    {
        var error = Assert.Throws<SigningException>(() => SigningPassword.FromEnvironment("PAC_TEST_UNSET_VARIABLE"));

        Assert.Contains("'PAC_TEST_UNSET_VARIABLE'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOversizedCertificateFile_IsRefusedBeforeItIsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), "pac-big-" + Guid.NewGuid().ToString("N") + ".p12");
        using (var stream = File.Create(path))
        {
            stream.SetLength(64L << 20);
        }

        try
        {
            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<SigningException>(() => SigningIdentityLoader.Load(new SigningIdentitySource(path)));

            Assert.Contains("over the 4 MiB limit", error.Message, StringComparison.Ordinal);
            Assert.Equal(SigningError.MalformedFile, error.Error);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    public void ADeviceGivenAsACertificateOrRoot_IsRefusedByItsType(string device)
    {
        var asCertificate = Assert.Throws<SigningException>(() => SigningIdentityLoader.Load(new SigningIdentitySource(device)));
        var asRoot = Assert.Throws<SigningException>(() => VerificationOptions.TrustingRootsIn(device));

        Assert.Contains("not a regular file", asCertificate.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file", asRoot.Message, StringComparison.Ordinal);
    }
}
