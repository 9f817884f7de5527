using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>Signs content as an attached CMS SignedData with a throwaway self-signed certificate whose common name the test chooses.</summary>
internal static class SubjectSigner
{
    public static byte[] Sign(byte[] content, string commonName)
    {
        using var key = RSA.Create(2048);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(commonName);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var cms = new SignedCms(new ContentInfo(content), detached: false);
        cms.ComputeSignature(new CmsSigner(certificate));
        return cms.Encode();
    }
}
