using System.Security.Cryptography.X509Certificates;

namespace ProfileAsCode.Signing.Identity;

/// <summary>The key types a profile can be signed with.</summary>
public enum KeyAlgorithm
{
    Rsa,
    Ecdsa,
}

internal static class KeyAlgorithms
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";

    public static KeyAlgorithm Of(X509Certificate2 certificate, string source) => certificate.GetKeyAlgorithm() switch
    {
        RsaOid => KeyAlgorithm.Rsa,
        EcPublicKeyOid => KeyAlgorithm.Ecdsa,
        var other => throw new SigningException(
            SigningError.UnsupportedKeyAlgorithm, source,
            $"The certificate '{certificate.Subject}' has a key of type {other}; profiles are signed with RSA or ECDSA keys.",
            "Use an RSA or ECDSA signing certificate."),
    };
}
