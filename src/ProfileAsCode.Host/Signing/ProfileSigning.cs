using ProfileAsCode.Host.Generation;
using ProfileAsCode.Host.Severity;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Signing;

/// <summary>
/// Turns the files a build is about to write into signed profiles. Bare plists are left alone: they are
/// uploaded to Jamf Pro as preference values, never installed as profiles.
/// </summary>
internal sealed class ProfileSigning
{
    private readonly Func<byte[], (byte[]? Signed, string? ErrorFile, string? Error)> sign;
    private readonly bool writeUnsigned;

    private ProfileSigning(Func<byte[], (byte[]? Signed, string? ErrorFile, string? Error)> sign, bool writeUnsigned, string description)
    {
        this.sign = sign;
        this.writeUnsigned = writeUnsigned;
        Description = description;
    }

    /// <summary>Who signs, for the summary line (e.g. <c>signed by 'CN=…', reproducibly</c>).</summary>
    public string Description { get; }

    /// <summary>Null when the options ask for no signing.</summary>
    /// <exception cref="SigningFailedException">The identity cannot be loaded or the signing time is invalid.</exception>
    public static ProfileSigning? Open(HostOptions options)
    {
        if (options.SigningCertificate is not { } certificate)
        {
            return null;
        }

        var open = SigningLoadContext.LoadHostCopy().GetType(typeof(SigningBridge).FullName!, throwOnError: true)!.GetMethod(nameof(SigningBridge.Open))!;
        var (signer, errorFile, error, description) = ((Func<byte[], (byte[]?, string?, string?)>?, string?, string?, string))open.Invoke(
            null, [certificate, options.SigningKey, options.SigningPasswordVariable, options.SigningChain.ToArray(), options.SigningTime])!;
        return signer is null
            ? throw new SigningFailedException(errorFile, error!)
            : new ProfileSigning(signer, options.WriteUnsigned, description);
    }

    /// <summary>The files to write instead of <paramref name="files"/>: every profile signed, and its unsigned copy when asked for.</summary>
    /// <exception cref="SigningFailedException">A profile cannot be signed (e.g. the certificate is not valid at the signing time).</exception>
    public IReadOnlyList<OutputFile> Apply(IReadOnlyList<OutputFile> files)
    {
        var result = new List<OutputFile>();
        foreach (var file in files)
        {
            if (!file.IsProfile)
            {
                result.Add(file);
                continue;
            }

            var (signed, errorFile, error) = sign(file.Content);
            result.Add(file with { Content = signed ?? throw new SigningFailedException(errorFile, error!) });
            if (writeUnsigned)
            {
                result.Add(new OutputFile(UnsignedName(file.FileName), file.Content));
            }
        }

        return result;
    }

    /// <summary><c>com.contoso.x.mobileconfig</c> → <c>com.contoso.x.unsigned.mobileconfig</c>.</summary>
    public static string UnsignedName(string profileFileName) =>
        Path.GetFileNameWithoutExtension(profileFileName) + ".unsigned" + Path.GetExtension(profileFileName);
}

/// <summary>Signing cannot happen; the build writes nothing.</summary>
internal sealed class SigningFailedException(string? file, string reason)
    : Exception(reason)
{
    public HostDiagnostic Diagnostic { get; } = new(
        RuleCatalog.SigningFailed.Id,
        ReportedSeverity.Error,
        file is null ? null : new SourceLocation(file, 0),
        $"ProfileAsCode could not sign the profiles, so none was written: {reason} ({RuleCatalog.SigningFailed.HelpLink})");
}
