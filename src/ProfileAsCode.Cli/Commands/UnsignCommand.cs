using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Files;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Signing;
using ProfileAsCode.Signing;
using ProfileAsCode.Signing.Verification;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>unsign FILE --out F</c>: the exact bytes inside a signed profile, like <c>security cms -D</c>.</summary>
internal sealed class UnsignCommand : ICommand
{
    private readonly Argument<string> _file = Symbols.InputFile("FILE", "The signed profile");
    private readonly Option<string> _out = Symbols.OutputFile("Where to write the unsigned profile", required: true);

    public UnsignCommand() => Definition = Symbols.Command(
        "unsign", "Write the profile inside a signed profile, byte for byte (like security cms -D). Warns when the signature does not verify.",
        _file, _out);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var path = parseResult.GetRequiredValue(_file);
        var bytes = ProfileFileReader.ReadBytes(path);
        if (!CmsEnvelope.IsSigned(bytes))
        {
            // Not a signature: the reader says what the file is instead, or it is a plain profile.
            ProfileFileReader.Read(path);
            throw CliException.InFile(path, "is not signed; there is nothing to unsign, use the file as it is");
        }

        if (CmsEnvelope.TrailingWarning(path, CmsEnvelope.TrailingBytes(bytes)) is { } trailing)
        {
            output.Warning(trailing);
        }

        // One layer only, like security cms -D: the content is written as it is, even when it is another signature.
        VerificationResult result;
        try
        {
            result = ProfileVerifier.Verify(bytes, path);
        }
        catch (SigningException e)
        {
            throw SigningErrors.ToCli(e);
        }

        if (!result.SignatureValid)
        {
            output.Warning($"{path}: the signature does NOT verify ({result.Problem}); writing its content anyway");
        }

        var destination = parseResult.GetRequiredValue(_out);
        OutputFiles.Write(destination, result.Content);
        output.Info($"wrote {destination} ({result.Content.Length} bytes, unsigned)");
        return ExitCode.Ok;
    }
}
