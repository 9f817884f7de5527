using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

/// <summary>
/// A certificate with its private key, plus the certificates that may complete its chain
/// (from the PKCS#12 file, the certificate PEM and the extra chain files).
/// </summary>
public sealed class SigningIdentity : IDisposable
{
    internal SigningIdentity(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> otherCertificates, string source)
    {
        Certificate = certificate;
        OtherCertificates = otherCertificates;
        Source = source;
    }

    /// <summary>The signer's certificate; <see cref="X509Certificate2.HasPrivateKey"/> is always true.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Every other certificate that came with the identity, in file order.</summary>
    public IReadOnlyList<X509Certificate2> OtherCertificates { get; }

    /// <summary>The file the certificate came from; errors about the certificate name it.</summary>
    public string Source { get; }

    /// <summary>The key type; with a fixed signing time only RSA signatures are byte-reproducible (<see cref="ProfileSigner.IsReproducible"/>).</summary>
    public KeyAlgorithm Algorithm => KeyAlgorithms.Of(Certificate, Source);

    /// <summary>
    /// The intermediates between the signer and its root, signer's issuer first, found by following
    /// issuer names (and key identifiers, where present) through <see cref="OtherCertificates"/>.
    /// Self-signed roots are left out: the device must already trust the root.
    /// </summary>
    public IReadOnlyList<X509Certificate2> Intermediates() => IssuerPath.Intermediates(Certificate, OtherCertificates);

    public void Dispose()
    {
        Certificate.Dispose();
        foreach (var certificate in OtherCertificates)
        {
            certificate.Dispose();
        }
    }
}
