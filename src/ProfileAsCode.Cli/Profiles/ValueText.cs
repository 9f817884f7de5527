using System.Globalization;
using System.Text;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>One-line, unambiguous text for a plist value, as diff and validate print it.</summary>
internal static class ValueText
{
    private const int MaxLength = 120;

    /// <summary>The kind with its article, as messages say it: "an integer", "a dictionary", "data".</summary>
    public static string KindName(PlistKind kind) => FileValue.KindName(ProfileFileValues.KindOf(kind));

    public static string Format(PlistValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.Length <= MaxLength ? builder.ToString() : builder.ToString(0, MaxLength - 1) + "…";
    }

    private static void Append(StringBuilder builder, PlistValue value)
    {
        switch (value)
        {
            case PlistString s:
                builder.Append(CodeGeneration.CSharpLiteral.String(s.Value));
                break;
            case PlistInteger i:
                builder.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case PlistReal r:
                builder.Append(r.Value.ToString("R", CultureInfo.InvariantCulture)).Append(" (real)");
                break;
            case PlistBoolean b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case PlistDate d:
                builder.Append(d.ToString()).Append(" (date)");
                break;
            case PlistData data:
                builder.Append(CultureInfo.InvariantCulture, $"<{data.Value.Length} bytes>");
                break;
            case PlistArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    Append(builder, array[i]);
                }

                builder.Append(']');
                break;
            case PlistDictionary dict:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in dict)
                {
                    builder.Append(first ? "" : ", ").Append(key).Append(" = ");
                    Append(builder, item);
                    first = false;
                }

                builder.Append('}');
                break;
        }
    }
}
