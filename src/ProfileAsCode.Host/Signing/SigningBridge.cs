using ProfileAsCode.Signing;
using ProfileAsCode.Signing.Identity;

namespace ProfileAsCode.Host.Signing;

/// <summary>
/// The only code that touches ProfileAsCode.Signing. It runs in <see cref="SigningLoadContext"/>, so
/// everything it hands back is a framework type (tuples, delegates, strings, byte arrays): the host's own
/// types and the signing library's exceptions would be different types on the other side.
/// </summary>
internal static class SigningBridge
{
    /// <summary>
    /// Loads the identity and resolves the signing time. On failure Sign is null and ErrorFile/Error say why
    /// (never the password: the library reads it from the variable and keeps it out of messages).
    /// </summary>
    public static (Func<byte[], (byte[]? Signed, string? ErrorFile, string? Error)>? Sign, string? ErrorFile, string? Error, string Description) Open(
        string certificate, string? key, string? passwordVariable, string[] chain, string? signingTime)
    {
        try
        {
            var options = SigningOptions.Resolve(signingTime, "ProfileAsCodeSigningTime");
            // Kept for the life of the host process, which ends after this one build step.
            var identity = SigningIdentityLoader.Load(new SigningIdentitySource(certificate, NullIfEmpty(key), NullIfEmpty(passwordVariable), chain));
            return (profile => Sign(profile, identity, options), null, null, Describe(identity, options));
        }
        catch (SigningException exception)
        {
            return (null, exception.File, Text(exception), "");
        }
    }

    private static (byte[]? Signed, string? ErrorFile, string? Error) Sign(byte[] profile, SigningIdentity identity, SigningOptions options)
    {
        try
        {
            return (ProfileSigner.Sign(profile, identity, options), null, null);
        }
        catch (SigningException exception)
        {
            return (null, exception.File, Text(exception));
        }
    }

    private static string Describe(SigningIdentity identity, SigningOptions options)
    {
        var reproducible = options.SigningTime is not null && ProfileSigner.IsReproducible(identity.Algorithm);
        return $"signed by '{identity.Certificate.Subject}'" + (reproducible ? ", reproducibly" : "");
    }

    private static string Text(SigningException exception) => $"{exception.Problem} {exception.Fix}";

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
