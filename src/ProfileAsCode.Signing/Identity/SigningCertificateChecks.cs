using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

/// <summary>Refuses certificates that devices would not accept as a profile signer, before anything is signed.</summary>
internal static class SigningCertificateChecks
{
    public static void EnsureCanSign(SigningIdentity identity, DateTimeOffset signingTime)
    {
        var certificate = identity.Certificate;
        var subject = certificate.Subject;
        var at = signingTime.ToString("u", CultureInfo.InvariantCulture);
        if (signingTime.UtcDateTime > certificate.NotAfter.ToUniversalTime())
        {
            throw new SigningException(
                SigningError.CertificateExpired, identity.Source,
                $"The certificate '{subject}' expired on {Utc(certificate.NotAfter)}, before the signing time {at}.",
                "Renew the signing certificate (or, for reproducible builds, check SOURCE_DATE_EPOCH).");
        }

        if (signingTime.UtcDateTime < certificate.NotBefore.ToUniversalTime())
        {
            throw new SigningException(
                SigningError.CertificateNotYetValid, identity.Source,
                $"The certificate '{subject}' is not valid until {Utc(certificate.NotBefore)}, after the signing time {at}.",
                "Use a certificate that is already valid, or a later signing time (SOURCE_DATE_EPOCH).");
        }

        if (CertificateFacts.IsCertificateAuthority(certificate))
        {
            throw new SigningException(
                SigningError.CertificateCannotSign, identity.Source,
                $"The certificate '{subject}' is a CA certificate (basicConstraints CA:TRUE).",
                "Sign with an end-entity certificate issued by that CA.");
        }

        var keyUsage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (keyUsage is not null && !keyUsage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature))
        {
            throw new SigningException(
                SigningError.CertificateCannotSign, identity.Source,
                $"The certificate '{subject}' has keyUsage {keyUsage.KeyUsages}, without digitalSignature.",
                "Use a certificate whose keyUsage includes digitalSignature.");
        }

        KeyAlgorithms.Of(certificate, identity.Source);
    }

    private static string Utc(DateTime time) => time.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture);
}
