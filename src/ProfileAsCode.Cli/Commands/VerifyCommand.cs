using System.CommandLine;
using System.Globalization;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Signing;
using ProfileAsCode.Signing;
using ProfileAsCode.Signing.Verification;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>verify FILE --ca F | --signature-only</c>: does the signature hold, and does the signer chain to the given root.</summary>
internal sealed class VerifyCommand : ICommand
{
    private readonly Argument<string> _file = Symbols.InputFile("FILE", "The signed profile");
    private readonly Option<string> _ca = Symbols.Path("--ca", "FILE", "Root certificate(s) the signer must chain to (PEM bundle or DER)");
    private readonly Option<bool> _signatureOnly = Symbols.Flag("--signature-only", "Check the signature only; the certificate is not judged");

    public VerifyCommand()
    {
        Definition = Symbols.Command(
            "verify",
            "Verify a signed profile: the signature over its content and, with --ca, the signer's chain to that root "
                + "(intermediates only from inside the signature, as a device does; no machine store, no network). Exit 1 when it does not verify.",
            _file, _ca, _signatureOnly);
        Definition.Validators.Add(result =>
        {
            if ((result.GetResult(_ca) is null) == !Symbols.IsOn(result, _signatureOnly))
            {
                result.AddError("verify needs exactly one of --ca FILE (the root the signer must chain to) and --signature-only");
            }
        });
    }

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var path = parseResult.GetRequiredValue(_file);
        var ca = parseResult.GetValue(_ca);

        VerificationOptions options;
        try
        {
            options = ca is null ? new VerificationOptions() : VerificationOptions.TrustingRootsIn(ca);
        }
        catch (SigningException e)
        {
            throw SigningErrors.ToCli(e);
        }

        var bytes = ProfileFileReader.ReadBytes(path);
        if (CmsEnvelope.TrailingWarning(path, CmsEnvelope.TrailingBytes(bytes)) is { } trailing)
        {
            output.Warning(trailing);
        }

        VerificationResult result;
        try
        {
            result = ProfileVerifier.Verify(bytes, path, options);
        }
        catch (SigningException e) when (e.Error == SigningError.MalformedFile)
        {
            // A damaged file is bad input, one line and exit 2, as anywhere else.
            throw SigningErrors.ToCli(e);
        }
        catch (SigningException e)
        {
            output.Line($"{path}: NOT verified: {e.Problem}", Tone.Error);
            return ExitCode.Findings;
        }

        if (!result.IsValid)
        {
            output.Line($"{path}: NOT verified: {result.Problem}", Tone.Error);
            return ExitCode.Findings;
        }

        var when = result.SigningTime is { } time ? " at " + time.ToString("u", CultureInfo.InvariantCulture) : "";
        var trust = ca is null ? "signature only; certificate trust not checked" : $"chains to {ca}";
        output.Line($"{path}: verified: signed by '{result.SignerSubject}'{when} ({trust})");
        return ExitCode.Ok;
    }
}
