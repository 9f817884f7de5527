namespace ProfileAsCode.Signing;

/// <summary>What went wrong while loading a signing identity, signing, verifying or unsigning.</summary>
public enum SigningError
{
    FileNotFound,
    MalformedFile,
    PasswordRequired,
    PasswordVariableNotSet,
    WrongPassword,
    NoPrivateKey,
    KeyDoesNotMatchCertificate,
    UnsupportedKeyAlgorithm,
    CertificateExpired,
    CertificateNotYetValid,
    CertificateCannotSign,
    InvalidSigningTime,
    NotSignedData,
    CannotWriteOutput,
    KeyFileNotUsable,
}

/// <summary>
/// The one exception the signing library throws. Its message names the file, the problem and the fix,
/// and never contains a password. When it is thrown nothing has been written.
/// </summary>
public sealed class SigningException : Exception
{
    public SigningException(SigningError error, string? file, string problem, string fix, Exception? inner = null)
        : base(Compose(file, problem, fix), inner)
    {
        Error = error;
        File = file;
        Problem = problem;
        Fix = fix;
    }

    public SigningError Error { get; }

    /// <summary>The file the problem is in, when there is one.</summary>
    public string? File { get; }

    public string Problem { get; }

    public string Fix { get; }

    private static string Compose(string? file, string problem, string fix)
        => file is null ? $"{problem} {fix}" : $"{file}: {problem} {fix}";
}
