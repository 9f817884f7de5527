using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

/// <summary>
/// Follows issuer links by hand instead of through <see cref="X509Chain"/>: the chain engine may consult
/// the machine's certificate stores, which would make the signed bytes depend on the machine.
/// </summary>
internal static class IssuerPath
{
    public static IReadOnlyList<X509Certificate2> Intermediates(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> pool)
    {
        var path = new List<X509Certificate2>();
        var current = leaf;
        while (!CertificateFacts.IsSelfIssued(current) && path.Count <= pool.Count)
        {
            var issuer = FindIssuer(current, pool);
            if (issuer is null || CertificateFacts.IsSelfIssued(issuer) || path.Contains(issuer))
            {
                break;
            }

            path.Add(issuer);
            current = issuer;
        }

        return path;
    }

    private static X509Certificate2? FindIssuer(X509Certificate2 child, IReadOnlyList<X509Certificate2> pool)
    {
        var byName = pool.Where(candidate => candidate.SubjectName.RawData.AsSpan().SequenceEqual(child.IssuerName.RawData)).ToList();
        var authorityKeyId = child.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier;
        if (byName.Count > 1 && authorityKeyId is { } wanted)
        {
            var byKey = byName.FirstOrDefault(candidate =>
                candidate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifierBytes.Span.SequenceEqual(wanted.Span) == true);
            if (byKey is not null)
            {
                return byKey;
            }
        }

        return byName.FirstOrDefault();
    }
}
