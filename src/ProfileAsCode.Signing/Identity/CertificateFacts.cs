using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

internal static class CertificateFacts
{
    public static bool IsCertificateAuthority(X509Certificate2 certificate)
        => certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);

    public static bool IsSelfIssued(X509Certificate2 certificate)
        => certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);
}
