using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Verification;

public enum ChainVerdict
{
    /// <summary>No trusted roots were given: only the signature was checked.</summary>
    NotChecked,
    Trusted,
    NotTrusted,
}

/// <summary>The outcome of verifying a signed profile.</summary>
/// <param name="Content">The profile inside the signature. Trust it only when <see cref="IsValid"/>.</param>
/// <param name="SignatureValid">The signature matches the content and the signer's certificate.</param>
/// <param name="Chain">Whether the signer chains to the given roots.</param>
/// <param name="SignerCertificate">The signer's certificate, when the signature includes it.</param>
/// <param name="SigningTime">The signingTime attribute, when present.</param>
/// <param name="Problem">Why the profile is not valid, in words for the user; null when it is.</param>
public sealed record VerificationResult(
    byte[] Content,
    bool SignatureValid,
    ChainVerdict Chain,
    X509Certificate2? SignerCertificate,
    DateTimeOffset? SigningTime,
    string? Problem)
{
    public bool IsValid => SignatureValid && Chain != ChainVerdict.NotTrusted;

    public string? SignerSubject => SignerCertificate?.Subject;
}
