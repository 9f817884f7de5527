using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Signing.Tests.Support;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Signing.Tests;

[Collection(PkiCollection.Name)]
public sealed class IdentityErrorTests(TestPki pki)
{
    [Fact]
    public void MissingCertificateFile()
    {
        var missing = Path.Combine(pki.NewFolder(), "nope.p12");

        var error = Expect.Failure(SigningError.FileNotFound, missing, "Check the path", () => Load(new(missing)));
        Assert.Contains("signing certificate file does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKeyFile()
    {
        var missing = Path.Combine(pki.NewFolder(), "nope.key.pem");

        Expect.Failure(SigningError.FileNotFound, missing, "Check the path", () => Load(new(pki.Rsa.SignerPem, missing)));
    }

    [Fact]
    public void MissingChainFile()
    {
        var missing = Path.Combine(pki.NewFolder(), "chain.pem");

        Expect.Failure(SigningError.FileNotFound, missing, "Check the path", () => Load(new(pki.Rsa.SignerPem, pki.Rsa.SignerKeyPem, ChainPaths: [missing])));
    }

    [Fact]
    public void WrongPkcs12Password()
        => Expect.Failure(SigningError.WrongPassword, pki.Rsa.SignerP12, "password variable", () => Load(new(pki.Rsa.SignerP12), "wrong"));

    [Fact]
    public void Pkcs12WithoutAPassword()
        => Expect.Failure(SigningError.PasswordRequired, pki.Rsa.SignerP12, "variable's NAME", () => Load(new(pki.Rsa.SignerP12)));

    [Fact]
    public void WrongPasswordForAnEncryptedPemKey()
        => Expect.Failure(SigningError.WrongPassword, pki.Ecdsa.SignerEncryptedKeyPem, "password variable", () => Load(new(pki.Ecdsa.SignerPem, pki.Ecdsa.SignerEncryptedKeyPem), "wrong"));

    [Fact]
    public void EncryptedPemKeyWithoutAPassword()
        => Expect.Failure(SigningError.PasswordRequired, pki.Ecdsa.SignerEncryptedKeyPem, "variable's NAME", () => Load(new(pki.Ecdsa.SignerPem, pki.Ecdsa.SignerEncryptedKeyPem)));

    [Fact]
    public void PasswordVariableThatIsNotSet()
    {
        var variable = "PAC_TEST_UNSET_" + Guid.NewGuid().ToString("N").ToUpperInvariant();

        var error = Expect.Failure(SigningError.PasswordVariableNotSet, null, "Set it in the environment", () => SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerP12, PasswordVariable: variable)));
        Assert.Contains($"'{variable}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pkcs12WithoutAPrivateKey()
    {
        using var certificateOnly = X509CertificateLoader.LoadCertificate(pki.Rsa.Signer.RawData);
        var path = Path.Combine(pki.NewFolder(), "no-key.p12");
        File.WriteAllBytes(path, new X509Certificate2Collection(certificateOnly).Export(X509ContentType.Pkcs12, TestChain.Password)!);

        Expect.Failure(SigningError.NoPrivateKey, path, "together with its private key", () => Load(new(path), TestChain.Password));
    }

    [Fact]
    public void PemCertificateWithoutAKey()
        => Expect.Failure(SigningError.NoPrivateKey, pki.Rsa.SignerPem, "Pass the private key file", () => Load(new(pki.Rsa.SignerPem)));

    [Fact]
    public void KeyFileWithoutAKey()
        => Expect.Failure(SigningError.NoPrivateKey, pki.Rsa.IntermediatePem, "key file that belongs", () => Load(new(pki.Rsa.SignerPem, pki.Rsa.IntermediatePem)));

    [Fact]
    public void KeyOfAnotherCertificate()
    {
        using var otherKey = pki.Ecdsa.NewKey();
        var keyPath = pki.Ecdsa.Write("other.key.pem", otherKey.ExportPkcs8PrivateKeyPem());

        Expect.Failure(SigningError.KeyDoesNotMatchCertificate, keyPath, "generated with this certificate's request", () => Load(new(pki.Ecdsa.SignerPem, keyPath)));
    }

    [Fact]
    public void KeyOfTheWrongType()
    {
        var error = Expect.Failure(SigningError.MalformedFile, pki.Ecdsa.SignerKeyPem, "belongs to the certificate", () => Load(new(pki.Rsa.SignerPem, pki.Ecdsa.SignerKeyPem)));
        Assert.Contains("not a valid Rsa private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyFileNextToAPkcs12FileIsNotSilentlyIgnored()
        => Expect.Failure(SigningError.KeyFileNotUsable, pki.Rsa.SignerKeyPem, "Leave the key file out", () => Load(new(pki.Rsa.SignerP12, pki.Rsa.SignerKeyPem), TestChain.Password));

    [Fact]
    public void Malformed_PKCS12()
    {
        var path = Path.Combine(pki.NewFolder(), "garbage.p12");
        File.WriteAllBytes(path, [0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03, 0xFF, 0xFF]);

        Expect.Failure(SigningError.MalformedFile, path, "Export the signing identity as PKCS#12", () => Load(new(path), TestChain.Password));
    }

    [Fact]
    public void MalformedPemCertificate()
    {
        var path = pki.Rsa.Write("garbage.pem", "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n");

        Expect.Failure(SigningError.MalformedFile, path, "Pass the signing certificate", () => Load(new(path, pki.Rsa.SignerKeyPem)));
    }

    [Fact]
    public void PemBlockThatIsNotACertificate()
    {
        var path = pki.Rsa.Write("not-a-cert.pem", PemEncoding.WriteString("CERTIFICATE", [0x30, 0x03, 0x02, 0x01, 0x05]));

        Expect.Failure(SigningError.MalformedFile, path, "Re-export the certificate as PEM", () => Load(new(path, pki.Rsa.SignerKeyPem)));
    }

    [Fact]
    public void LegacyOpenSslEncryptedKey()
    {
        var legacy = Path.Combine(pki.NewFolder(), "legacy.key.pem");
        var convert = OpenSsl.Run("rsa", "-in", pki.Rsa.SignerKeyPem, "-traditional", "-aes256", "-passout", "pass:" + TestChain.Password, "-out", legacy);
        Assert.True(convert.ExitCode == 0, convert.ToString());
        Assert.Contains("Proc-Type: 4,ENCRYPTED", File.ReadAllText(legacy), StringComparison.Ordinal);

        Expect.Failure(SigningError.MalformedFile, legacy, "openssl pkcs8 -topk8", () => Load(new(pki.Rsa.SignerPem, legacy), TestChain.Password));
    }

    [Fact]
    public void KeyTypeOtherThanRsaOrEcdsa()
    {
        var folder = pki.NewFolder();
        var certificate = Path.Combine(folder, "ed25519.pem");
        var key = Path.Combine(folder, "ed25519.key.pem");
        var create = OpenSsl.Run("req", "-x509", "-newkey", "ed25519", "-nodes", "-subj", "/CN=Ed25519 Signer", "-days", "2", "-keyout", key, "-out", certificate);
        Assert.True(create.ExitCode == 0, create.ToString());

        Expect.Failure(SigningError.UnsupportedKeyAlgorithm, certificate, "RSA or ECDSA", () => Load(new(certificate, key)));
    }

    private static void Load(SigningIdentitySource source, string? password = null)
        => SigningIdentityLoader.Load(source, password).Dispose();
}
