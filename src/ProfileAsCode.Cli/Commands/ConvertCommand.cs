using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Files;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>convert FILE --to xml|binary [--out F]</c>: re-encode a plist; a signed file's content is written unsigned.</summary>
internal sealed class ConvertCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "convert",
        "Convert a profile or plist between XML and binary. A signed profile's content is written unsigned.",
        "FILE",
        1,
        1,
        [
            new OptionSpec("--to", "FORMAT", "Target encoding", ["xml", "binary"], Required: true),
            new OptionSpec("--out", "FILE", "Where to write; default: standard output for xml, required for binary"),
        ]);

    public int Run(ParsedCommandLine commandLine, Output output)
    {
        var file = ProfileFileReader.Read(commandLine.Arguments[0]);
        var toBinary = commandLine.Option("--to") == "binary";
        var destination = commandLine.Option("--out");
        if (toBinary && destination is null)
        {
            throw new CliException("convert --to binary needs --out FILE (binary output is not written to a terminal)");
        }

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
