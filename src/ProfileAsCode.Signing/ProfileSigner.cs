using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using ProfileAsCode.Signing.Identity;

namespace ProfileAsCode.Signing;

/// <summary>
/// Signs profiles the way Apple's tools do: a DER CMS SignedData with the profile attached, SHA-256,
/// signed attributes contentType + messageDigest + signingTime, the signer's intermediates included.
/// </summary>
/// <remarks>
/// Reproducibility with a fixed <see cref="SigningOptions.SigningTime"/>:
/// <list type="bullet">
/// <item>RSA (PKCS#1 v1.5): the same inputs give the same bytes.</item>
/// <item>ECDSA: NOT byte-reproducible. The BCL has no deterministic (RFC 6979) ECDSA; every signature
/// uses a fresh random nonce. Content, certificates and signed attributes are identical across runs;
/// only the signature value (and so possibly the length) differs. Use an RSA key when the signed file
/// itself must be reproducible.</item>
/// </list>
/// </remarks>
public static class ProfileSigner
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1", "sha256");

    /// <summary>Whether a fixed signing time makes signatures with this key type byte-identical.</summary>
    public static bool IsReproducible(KeyAlgorithm algorithm) => algorithm == KeyAlgorithm.Rsa;

    public static byte[] Sign(byte[] profile, SigningIdentity identity, SigningOptions? options = null)
    {
        var signingTime = (options ?? new SigningOptions()).EffectiveSigningTime(DateTimeOffset.UtcNow);
        SigningCertificateChecks.EnsureCanSign(identity, signingTime);

        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, identity.Certificate)
        {
            DigestAlgorithm = Sha256,
            // Intermediates are added by hand: letting SignedCms build the chain would consult the machine's stores.
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        if (KeyAlgorithms.Of(identity.Certificate, identity.Source) == KeyAlgorithm.Rsa)
        {
            signer.SignaturePadding = RSASignaturePadding.Pkcs1;
        }

        signer.Certificates.AddRange(identity.Intermediates().ToArray());
        // A non-empty SignedAttributes makes CmsSigner add contentType and messageDigest too.
        signer.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));

        var cms = new SignedCms(new ContentInfo(profile), detached: false);
        try
        {
            cms.ComputeSignature(signer, silent: true);
        }
        catch (CryptographicException e)
        {
            throw new SigningException(SigningError.NoPrivateKey, identity.Source, $"The private key of '{identity.Certificate.Subject}' cannot sign ({e.Message}).", "Check that the key is usable for signing and not held by a device that refuses it.", e);
        }

        return cms.Encode();
    }
}
