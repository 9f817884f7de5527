using System.CommandLine;
using System.Security.Cryptography;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Commands;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Signing;

namespace ProfileAsCode.Cli.Tests.CommandLine;

/// <summary>
/// Whatever a command throws ends as one line: bad input exits 2 naming the file; anything else is a bug
/// of ours, exit 70, with the stack trace only under -v.
/// </summary>
public class FailureTests
{
    public static TheoryData<Exception, string> BadInput() => new()
    {
        { new CliException("in.plist: the file is empty"), "in.plist: the file is empty" },
        { new PlistWriteException("Bad", "the string contains U+0001"), "in.plist: cannot be written in that format: Bad: the string contains U+0001" },
        { new PlistFormatException("no plist", line: 1, column: 1), "in.plist: not a valid property list: (1,1): no plist" },
        { new CryptographicException("ASN1 corrupted data."), "in.plist: the signature cannot be read (ASN1 corrupted data); the file is damaged: sign the profile again or get a fresh copy" },
        { new SigningException(SigningError.InvalidSigningTime, "in.plist", "The signing time is bad.", "Fix it."), "in.plist: The signing time is bad. Fix it." },
        { new IOException("Disk full."), "Disk full; check the path, its permissions and the free space" },
        { new UnauthorizedAccessException("Access to the path '/root/x' is denied."), "Access to the path '/root/x' is denied; check the path, its permissions and the free space" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void InputProblems_AreOneLineNamingTheFile_ExitTwo(Exception thrown, string expected)
    {
        var (code, stdout, stderr) = Run(thrown, "explode", "in.plist", "-v");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"profile-as-code: {expected}\n", stderr);
    }

    [Fact]
    public void Bug_IsOneLine_WithItsOwnExitCode()
    {
        var (code, stdout, stderr) = Run(new InvalidOperationException("Sequence contains no elements"), "explode", "in.plist");

        Assert.Equal(70, code);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"profile-as-code: internal error: InvalidOperationException: Sequence contains no elements This is a bug in profile-as-code {App.Version}, "
                + "not in your input; please report it with the command line (-v prints the stack trace).\n",
            stderr);
    }

    [Fact]
    public void Bug_WithVerbose_AddsTheStackTrace()
    {
        var (code, _, stderr) = Run(new ArgumentException("The value cannot be an empty string. (Parameter 'path')"), "explode", "in.plist", "--verbose");

        Assert.Equal(70, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("profile-as-code: internal error: ArgumentException: The value cannot be an empty string.", lines[0], StringComparison.Ordinal);
        Assert.Equal("System.ArgumentException: The value cannot be an empty string. (Parameter 'path')", lines[1]);
        Assert.Contains(lines, line => line.Contains("at ProfileAsCode.Cli.Tests.CommandLine.FailureTests.ExplodingCommand.Run(", StringComparison.Ordinal));
    }

    [Fact]
    public void StandardOutputThatCannotBeWritten_IsOneLine_ExitTwo()
    {
        var stderr = new StringWriter();
        var code = App.Run(
            ["show", "x"],
            (verbosity, _) => new Output(new StandardOutputWriter(new FullDisk()), stderr, verbosity, color: false),
            [new ExplodingCommand("show", new InvalidOperationException("unused"), writeFirst: true)]);

        Assert.Equal(2, code);
        Assert.Equal("profile-as-code: cannot write to standard output (No space left on device); check where the output goes (a full disk, a closed pipe)\n", stderr.ToString());
    }

    private static (int Code, string Stdout, string Stderr) Run(Exception thrown, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = App.Run(args, (verbosity, _) => new Output(stdout, stderr, verbosity, color: false), [new ExplodingCommand("explode", thrown)]);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A command that fails the way a real one might, after its arguments parsed cleanly.</summary>
    private sealed class ExplodingCommand(string name, Exception exception, bool writeFirst = false) : ICommand
    {
        public Command Definition { get; } = new(name, "Fails on purpose") { new Argument<string>("FILE") };

        public int Run(ParseResult parseResult, Output output)
        {
            if (writeFirst)
            {
                output.Result("a result line");
            }

            throw exception;
        }
    }

    /// <summary>A writer over a device with no space left, like <c>&gt; /dev/full</c>.</summary>
    private sealed class FullDisk : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");
    }
}
