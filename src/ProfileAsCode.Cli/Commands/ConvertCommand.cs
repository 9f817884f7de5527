using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Files;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>convert FILE --to xml|binary [--out F]</c>: re-encode a plist; a signed file's content is written unsigned.</summary>
internal sealed class ConvertCommand : ICommand
{
    private readonly Argument<string> _file = Symbols.InputFile("FILE", "The profile or plist to convert");
    private readonly Option<string> _to = Symbols.Choice("--to", "Target encoding", ["xml", "binary"]);
    private readonly Option<string> _out = Symbols.OutputFile("Where to write; default: standard output for xml, required for binary");

    public ConvertCommand()
    {
        Definition = Symbols.Command(
            "convert", "Convert a profile or plist between XML and binary. A signed profile's content is written unsigned.",
            _file, _to, _out);
        Definition.Validators.Add(result =>
        {
            if (Symbols.Given(result, _to) == "binary" && result.GetResult(_out) is null)
            {
                result.AddError("convert --to binary needs --out FILE (binary output is not written to a terminal)");
            }
        });
    }

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var file = ProfileFileReader.Read(parseResult.GetRequiredValue(_file));
        var toBinary = parseResult.GetValue(_to) == "binary";
        var destination = parseResult.GetValue(_out);

        if (file.Signature is not null)
        {
            output.Info($"{file.Path}: signed profile; converting its content, the output is unsigned");
        }

        byte[] bytes;
        try
        {
            bytes = toBinary ? PlistCodec.WriteBinary(file.Root) : PlistCodec.WriteXml(file.Root);
        }
        catch (PlistWriteException e)
        {
            throw CliException.InFile(file.Path, $"cannot be converted to {(toBinary ? "binary" : "XML")}: {e.Message}");
        }

        if (destination is null)
        {
            output.Stdout.Write(System.Text.Encoding.UTF8.GetString(bytes));
            output.Stdout.Flush();
            return ExitCode.Ok;
        }

        OutputFiles.Write(destination, bytes);
        output.Info($"wrote {destination} ({(toBinary ? "binary" : "XML")}, {bytes.Length} bytes)");
        return ExitCode.Ok;
    }
}
