using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Verification;

/// <summary>Checks a signed profile's signature and, optionally, its chain to given roots.</summary>
public static class ProfileVerifier
{
    /// <summary>
    /// Verifies <paramref name="signed"/>. Throws <see cref="SigningException"/> only when the bytes are not a
    /// signed profile at all or a part of the signature cannot be decoded (<see cref="SigningError.MalformedFile"/>);
    /// a bad signature or an untrusted chain is a result, not an exception.
    /// </summary>
    public static VerificationResult Verify(byte[] signed, string file, VerificationOptions? options = null)
    {
        options ??= new VerificationOptions();
        var cms = SignedProfileReader.Decode(signed, file);
        var content = cms.ContentInfo.Content;
        try
        {
            return Verify(cms, content, options);
        }
        catch (CryptographicException e)
        {
            // SignedCms decodes certificates and signed attributes only when they are asked for, so a damaged one
            // (a broken signingTime, a truncated certificate) surfaces here, after Decode succeeded.
            throw new SigningException(SigningError.MalformedFile, file, $"A part of the signature cannot be read ({e.Message.TrimEnd('.')}): the file is damaged.", "Sign the profile again or get a fresh copy.", e);
        }
    }

    private static VerificationResult Verify(SignedCms cms, byte[] content, VerificationOptions options)
    {
        if (cms.SignerInfos.Count != 1)
        {
            return new VerificationResult(content, false, ChainVerdict.NotChecked, null, null, $"The profile has {cms.SignerInfos.Count} signers; a signed profile has exactly one.");
        }

        var signerInfo = cms.SignerInfos[0];
        var certificate = signerInfo.Certificate;
        var signingTime = signerInfo.SignedAttributes.OfType<CryptographicAttributeObject>()
            .SelectMany(a => a.Values.OfType<Pkcs9SigningTime>())
            .Select(t => (DateTimeOffset?)new DateTimeOffset(t.SigningTime.ToUniversalTime(), TimeSpan.Zero))
            .FirstOrDefault();
        if (certificate is null)
        {
            return new VerificationResult(content, false, ChainVerdict.NotChecked, null, signingTime, "The signer's certificate is not included in the signature.");
        }

        try
        {
            signerInfo.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException e)
        {
            return new VerificationResult(content, false, ChainVerdict.NotChecked, certificate, signingTime, $"The signature does not match the content: the profile was changed after signing or the signature is damaged ({e.Message}).");
        }

        if (options.TrustedRoots is null)
        {
            return new VerificationResult(content, true, ChainVerdict.NotChecked, certificate, signingTime, null);
        }

        var chainProblem = ChainProblem(certificate, cms.Certificates, options.TrustedRoots, options.VerificationTime ?? DateTimeOffset.UtcNow);
        return new VerificationResult(content, true, chainProblem is null ? ChainVerdict.Trusted : ChainVerdict.NotTrusted, certificate, signingTime, chainProblem);
    }

    private static string? ChainProblem(X509Certificate2 signer, X509Certificate2Collection included, X509Certificate2Collection roots, DateTimeOffset at)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.ExtraStore.AddRange(included);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        if (chain.Build(signer))
        {
            return null;
        }

        var reasons = chain.ChainElements
            .SelectMany(element => element.ChainElementStatus.Select(s => $"'{element.Certificate.Subject}': {s.StatusInformation.Trim()}"))
            .Concat(chain.ChainStatus.Select(s => s.StatusInformation.Trim()))
            .Where(reason => reason.Length > 0)
            .Distinct();
        return $"The signer '{signer.Subject}' does not chain to the given root(s): {string.Join("; ", reasons)}";
    }
}
