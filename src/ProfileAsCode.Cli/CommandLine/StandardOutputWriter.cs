using System.Text;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// Standard output that fails as bad input, not as a crash, when it cannot be written (a full disk,
/// <c>&gt; /dev/full</c>, a closed pipe): the write error becomes one <see cref="CliException"/> line.
/// </summary>
internal sealed class StandardOutputWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        try
        {
            inner.Write(value);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        try
        {
            inner.Write(buffer, index, count);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    public override void Write(string? value)
    {
        try
        {
            inner.Write(value);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    private static CliException Failed(IOException e) =>
        new($"cannot write to standard output ({e.Message}); check where the output goes (a full disk, a closed pipe)");
}
