using System.Text;

namespace AppleSchemaGenerator.Emit;

/// <summary>Lines with four-space indentation and <c>\n</c> endings (generated files are byte-stable on every OS).</summary>
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

    public CodeWriter Open(string line)
    {
        Line(line).Line("{");
        depth++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        depth--;
        return Line("}" + suffix);
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> of already XML-escaped text, on one line.</summary>
    public CodeWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    public override string ToString() => text.ToString();

    /// <summary>A C# string literal.</summary>
    public static string Literal(string value)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }
}
