namespace ProfileAsCode.Cli.Input;

/// <summary>What was found about a CMS-signed profile's signature.</summary>
/// <param name="Verified">The signature over the content is intact (signature only: the certificate chain is not judged).</param>
/// <param name="Signer">The signer certificate's subject, if present.</param>
/// <param name="Problem">Why verification failed, when it did.</param>
/// <param name="TrailingBytes">Bytes after the end of the signature, which nothing signs (see <see cref="CmsEnvelope.TrailingBytes"/>).</param>
internal sealed record SignatureInfo(bool Verified, string? Signer, string? Problem, int TrailingBytes = 0);
