using System.Security.Cryptography;
using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Signing.Tests;

[Collection(PkiCollection.Name)]
public sealed class IdentityLoadingTests(TestPki pki)
{
    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Ecdsa)]
    public void A_PKCS12_file_gives_the_signer_with_its_key_and_the_intermediate_it_carries(KeyAlgorithm algorithm)
    {
        var chain = pki.Chain(algorithm);

        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(chain.SignerP12), TestChain.Password);

        Assert.Equal(chain.Signer.Thumbprint, identity.Certificate.Thumbprint);
        Assert.True(identity.Certificate.HasPrivateKey);
        Assert.Equal([chain.Intermediate.Thumbprint], identity.Intermediates().Select(c => c.Thumbprint));
    }

    [Fact]
    public void ThePasswordIsReadFromTheVariableTheSourceNames()
    {
        var variable = "PAC_TEST_PASSWORD_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, TestChain.Password);
        try
        {
            using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerP12, PasswordVariable: variable));

            Assert.True(identity.Certificate.HasPrivateKey);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void AChainBundleWithTheRootContributesOnlyTheIntermediate()
    {
        var chain = pki.Ecdsa;
        var bundle = chain.Write("bundle.pem", chain.Root.ExportCertificatePem() + "\n" + chain.Intermediate.ExportCertificatePem());

        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(chain.SignerPem, chain.SignerKeyPem, ChainPaths: [bundle]));

        Assert.Equal([chain.Intermediate.Thumbprint], identity.Intermediates().Select(c => c.Thumbprint));
    }

    [Fact]
    public void InAPemWithSeveralCertificatesTheOneMatchingTheKeyIsTheSigner()
    {
        var chain = pki.Rsa;
        var certificates = chain.Write("intermediate-first.pem", chain.Intermediate.ExportCertificatePem() + "\n" + chain.Signer.ExportCertificatePem());

        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(certificates, chain.SignerKeyPem));

        Assert.Equal(chain.Signer.Thumbprint, identity.Certificate.Thumbprint);
        Assert.Equal([chain.Intermediate.Thumbprint], identity.Intermediates().Select(c => c.Thumbprint));
    }

    [Fact]
    public void CertificateAndKeyMayShareOnePemFile()
    {
        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(pki.Ecdsa.SignerWithKeyPem));

        Assert.True(identity.Certificate.HasPrivateKey);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa, "RSA PRIVATE KEY")]
    [InlineData(KeyAlgorithm.Ecdsa, "EC PRIVATE KEY")]
    public void Traditional_unencrypted_key_formats_load(KeyAlgorithm algorithm, string label)
    {
        var chain = pki.Chain(algorithm);
        var der = chain.SignerKey switch
        {
            RSA rsa => rsa.ExportRSAPrivateKey(),
            ECDsa ecdsa => ecdsa.ExportECPrivateKey(),
            _ => throw new InvalidOperationException(),
        };
        var key = chain.Write("traditional.key.pem", PemEncoding.WriteString(label, der));

        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(chain.SignerPem, key));

        Assert.True(identity.Certificate.HasPrivateKey);
    }

    [Fact]
    public void AnUnusedPasswordDoesNotHurtAnUnencryptedKey()
    {
        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerPem, pki.Rsa.SignerKeyPem), "not needed");

        Assert.True(identity.Certificate.HasPrivateKey);
    }
}
