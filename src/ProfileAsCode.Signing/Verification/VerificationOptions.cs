using System.Security.Cryptography.X509Certificates;
using ProfileAsCode.Signing.Identity;

namespace ProfileAsCode.Signing.Verification;

/// <summary>What a verification checks beyond the signature itself.</summary>
public sealed record VerificationOptions
{
    /// <summary>
    /// The roots the signer must chain to; null checks the signature only. Intermediates are taken from
    /// inside the signature only, as a device does; the machine's stores and the network are never used.
    /// </summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>The moment certificates must be valid at; null means now (as a device checks).</summary>
    public DateTimeOffset? VerificationTime { get; init; }

    /// <summary>Options that chain to the certificates in a PEM bundle or DER file.</summary>
    public static VerificationOptions TrustingRootsIn(string path)
    {
        var bytes = SigningFile.ReadAllBytes(path, "trusted root certificate");
        var roots = new X509Certificate2Collection();
        if (SigningFile.LooksLikePem(bytes))
        {
            roots.AddRange(PemFile.Parse(path, bytes).Certificates().ToArray());
        }
        else
        {
            try
            {
                roots.Add(CertificateDecoder.FromDer(bytes));
            }
            catch (System.Security.Cryptography.CryptographicException e)
            {
                throw new SigningException(SigningError.MalformedFile, path, "The file is neither a PEM bundle nor a DER certificate.", "Pass the CA certificate as PEM.", e);
            }
        }

        return roots.Count > 0
            ? new VerificationOptions { TrustedRoots = roots }
            : throw new SigningException(SigningError.MalformedFile, path, "The file contains no CERTIFICATE block.", "Pass the CA certificate as PEM.");
    }
}
