using System.Security.Cryptography.X509Certificates;
using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Host.Tests.Signing;

/// <summary>The real host, run as the build runs it, signing what it writes; checked with openssl.</summary>
[Collection(PkiCollection.Name)]
public sealed class SignedGenerationTests(TestPki pki)
{
    private const string PasswordVariable = "PAC_TEST_SIGNING_PASSWORD";
    private const string WrongPassword = "Wr0ng-Batt3ry-77e1";

    // 2026-03-04T05:06:07Z, inside every test signer's validity.
    private const string SourceDateEpoch = "1772600767";

    private static readonly Dictionary<string, string?> RightPassword = new() { [PasswordVariable] = TestChain.Password };

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Ecdsa)]
    public void SignedProfile_VerifiesWithOpenSsl_AndCarriesExactlyTheUnsignedBytes(KeyAlgorithm algorithm)
    {
        var chain = pki.Chain(algorithm);
        var folder = pki.NewFolder();
        var unsignedRun = Path.Combine(folder, "plain");
        var signedRun = Path.Combine(folder, "signed");

        var plain = HostProcess.Run(unsignedRun, RightPassword);
        var signed = HostProcess.Run(signedRun, RightPassword, [.. Pkcs12Switches(chain), "--write-unsigned"]);

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.True(signed.ExitCode == 0, signed.ToString());
        Assert.Contains($"1 profile written, 0 unchanged (signed by '{chain.Signer.Subject}'", signed.Output, StringComparison.Ordinal);
        var unsignedBytes = File.ReadAllBytes(Path.Combine(unsignedRun, HostProcess.ProfileFileName));
        var signedPath = Path.Combine(signedRun, HostProcess.ProfileFileName);
        Assert.Equal(unsignedBytes, OpenSsl.VerifyAndExtract(signedPath, chain.RootPem));
        Assert.Equal(unsignedBytes, File.ReadAllBytes(Path.Combine(signedRun, "com.contoso.signing.unsigned.mobileconfig")));
        Assert.Equal(
            [signedPath, Path.Combine(signedRun, "com.contoso.signing.unsigned.mobileconfig")],
            File.ReadAllLines(signedRun + ".files.txt"));
        AssertNoPassword(signed.Output);
    }

    [Fact]
    public void PemCertificateWithEncryptedKeyAndChainFile_SignsAProfileThatChainsThroughTheIntermediate()
    {
        var chain = pki.Ecdsa;
        var output = pki.NewFolder();

        var run = HostProcess.Run(output, RightPassword,
            "--sign-certificate", chain.SignerPem, "--sign-key", chain.SignerEncryptedKeyPem,
            "--sign-password-variable", PasswordVariable, "--sign-chain", chain.IntermediatePem);

        Assert.True(run.ExitCode == 0, run.ToString());
        // -CAfile holds the root only: the intermediate must come from inside the signature.
        OpenSsl.VerifyAndExtract(Path.Combine(output, HostProcess.ProfileFileName), chain.RootPem);
        AssertNoPassword(run.Output);
    }

    [Fact]
    public void RsaWithSourceDateEpoch_GivesIdenticalBytesInEveryGeneration_AndARebuildLeavesTheFileUntouched()
    {
        var environment = new Dictionary<string, string?>(RightPassword) { ["SOURCE_DATE_EPOCH"] = SourceDateEpoch };
        var first = pki.NewFolder();
        var second = pki.NewFolder();
        var path = Path.Combine(first, HostProcess.ProfileFileName);

        var initial = HostProcess.Run(first, environment, Pkcs12Switches(pki.Rsa));
        var writeTime = File.GetLastWriteTimeUtc(path);
        var rebuild = HostProcess.Run(first, environment, Pkcs12Switches(pki.Rsa));
        var elsewhere = HostProcess.Run(second, environment, Pkcs12Switches(pki.Rsa));

        Assert.True(initial.ExitCode == 0, initial.ToString());
        Assert.Contains("1 profile written, 0 unchanged (signed by 'CN=ProfileAsCode Test Signer Rsa', reproducibly)", initial.Output, StringComparison.Ordinal);
        Assert.Contains("0 profiles written, 1 unchanged", rebuild.Output, StringComparison.Ordinal);
        Assert.Equal(writeTime, File.GetLastWriteTimeUtc(path));
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(Path.Combine(second, HostProcess.ProfileFileName)));
        Assert.True(elsewhere.ExitCode == 0, elsewhere.ToString());
        var printed = OpenSsl.Run("cms", "-cmsout", "-print", "-inform", "DER", "-in", path, "-noout");
        Assert.Contains("UTCTIME:Mar  4 05:06:07 2026 GMT", printed.Output, StringComparison.Ordinal);
    }

    /// <summary>What the documentation says: ECDSA signatures take a random nonce, so even a fixed time rewrites the file.</summary>
    [Fact]
    public void EcdsaWithFixedTime_IsNotByteReproducible_SoEachGenerationRewritesTheProfile()
    {
        var output = pki.NewFolder();
        var path = Path.Combine(output, HostProcess.ProfileFileName);

        var first = HostProcess.Run(output, RightPassword, [.. Pkcs12Switches(pki.Ecdsa), "--sign-time", SourceDateEpoch]);
        var firstBytes = File.ReadAllBytes(path);
        var second = HostProcess.Run(output, RightPassword, [.. Pkcs12Switches(pki.Ecdsa), "--sign-time", SourceDateEpoch]);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("reproducibly", first.Output, StringComparison.Ordinal);
        Assert.Contains("1 profile written, 0 unchanged", second.Output, StringComparison.Ordinal);
        Assert.NotEqual(firstBytes, File.ReadAllBytes(path));
        File.WriteAllBytes(path + ".first", firstBytes);
        Assert.Equal(OpenSsl.VerifyAndExtract(path + ".first", pki.Ecdsa.RootPem), OpenSsl.VerifyAndExtract(path, pki.Ecdsa.RootPem));
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "wrong password", "The password for the PKCS#12 file is wrong" },
        { "password variable not set", $"The environment variable '{PasswordVariable}' that should hold the signing password is not set" },
        { "no private key", "holds certificates but no private key" },
        { "expired", "expired on 2022-01-01" },
        { "not yet valid", "is not valid until" },
        { "cannot sign", "is a CA certificate" },
        { "missing certificate file", "The signing certificate file does not exist" },
        { "signing time before the certificate", "is not valid until 2025-01-01" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void SigningFailure_IsOnePAC9003AtTheFile_AndNothingIsWritten(string failure, string expected)
    {
        var output = pki.NewFolder();
        var (file, switches, environment) = Provoke(failure);

        var run = HostProcess.Run(output, environment, switches);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Output.Split('\n'), line => line.Contains("error PAC9003", StringComparison.Ordinal));
        Assert.StartsWith(file + ": error PAC9003: ProfileAsCode could not sign the profiles, so none was written: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(output));
        Assert.False(File.Exists(output + ".files.txt"));
        Assert.DoesNotContain(" at ProfileAsCode", run.Output, StringComparison.Ordinal);
        AssertNoPassword(run.Output);
    }

    [Fact]
    public void SigningFailure_LeavesTheLastGoodBuildsFilesAlone()
    {
        var output = pki.NewFolder();
        var good = HostProcess.Run(output, RightPassword, Pkcs12Switches(pki.Rsa));
        var path = Path.Combine(output, HostProcess.ProfileFileName);
        var bytes = File.ReadAllBytes(path);
        var list = File.ReadAllText(output + ".files.txt");

        var failed = HostProcess.Run(output, new Dictionary<string, string?> { [PasswordVariable] = WrongPassword }, Pkcs12Switches(pki.Rsa));

        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(list, File.ReadAllText(output + ".files.txt"));
        Assert.Equal([path], Directory.GetFiles(output));
        AssertNoPassword(failed.Output);
    }

    private static string[] Pkcs12Switches(TestChain chain) =>
        ["--sign-certificate", chain.SignerP12, "--sign-password-variable", PasswordVariable];

    private (string File, string[] Switches, Dictionary<string, string?> Environment) Provoke(string failure)
    {
        var chain = pki.Ecdsa;
        var now = DateTimeOffset.UtcNow;
        switch (failure)
        {
            case "wrong password":
                return (chain.SignerP12, Pkcs12Switches(chain), new() { [PasswordVariable] = WrongPassword });
            case "password variable not set":
                // No file is at fault: the error is reported at the project's assembly, as the host's other setup errors are.
                return (HostProcess.UserAssembly, Pkcs12Switches(chain), new() { [PasswordVariable] = null });
            case "no private key":
                return (chain.SignerPem, ["--sign-certificate", chain.SignerPem, "--sign-chain", chain.IntermediatePem], RightPassword);
            case "expired":
                return Leaf("expired", new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));
            case "not yet valid":
                return Leaf("future", now.AddYears(1), now.AddYears(2));
            case "cannot sign":
                return Leaf("ca", now.AddDays(-1), now.AddYears(1), ca: true);
            case "missing certificate file":
                var missing = Path.Combine(pki.NewFolder(), "nowhere.p12");
                return (missing, ["--sign-certificate", missing, "--sign-password-variable", PasswordVariable], RightPassword);
            case "signing time before the certificate":
                return (chain.SignerP12, [.. Pkcs12Switches(chain), "--sign-time", "1704067200"], RightPassword);
            default:
                throw new ArgumentOutOfRangeException(nameof(failure), failure, null);
        }

        (string, string[], Dictionary<string, string?>) Leaf(string name, DateTimeOffset notBefore, DateTimeOffset notAfter, bool ca = false)
        {
            using var key = chain.NewKey();
            using var leaf = chain.IssueLeaf("CN=" + name, key, notBefore, notAfter, ca, ca ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign : X509KeyUsageFlags.DigitalSignature);
            var folder = pki.NewFolder();
            var certificate = Path.Combine(folder, name + ".pem");
            File.WriteAllText(certificate, leaf.ExportCertificatePem());
            var keyFile = Path.Combine(folder, name + ".key.pem");
            File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
            return (certificate, ["--sign-certificate", certificate, "--sign-key", keyFile, "--sign-chain", chain.IntermediatePem], RightPassword);
        }
    }

    private static void AssertNoPassword(string output)
    {
        Assert.DoesNotContain(TestChain.Password, output, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, output, StringComparison.Ordinal);
    }
}
