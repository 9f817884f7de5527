using System.Text;

namespace ProfileAsCode.Cli.CodeGeneration;

/// <summary>
/// Writes C# source line by line with four-space indentation and LF line ends, so the same input
/// always gives the same bytes on every machine.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder text = new();
    private int depth;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * 4).Append(line);
        }

        text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, the body one level in, and the closing brace plus <paramref name="closer"/>.</summary>
    public CodeWriter Block(string header, Action body, string closer = "")
    {
        Line(header);
        Line("{");
        depth++;
        body();
        depth--;
        Line("}" + closer);
        return this;
    }


    public override string ToString() => text.ToString();
}
