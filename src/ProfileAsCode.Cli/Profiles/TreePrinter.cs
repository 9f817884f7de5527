using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>Prints a plist dictionary as an indented tree: one key per line, containers opened below their key.</summary>
internal static class TreePrinter
{
    public static IEnumerable<string> Lines(PlistDictionary dict, int indent)
    {
        foreach (var (key, value) in dict)
        {
            foreach (var line in Entry(key + ":", value, indent))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> Entry(string label, PlistValue value, int indent)
    {
        var pad = new string(' ', indent * 2);
        switch (value)
        {
            case PlistDictionary { Count: > 0 } dict:
                yield return pad + label;
                foreach (var line in Lines(dict, indent + 1))
                {
                    yield return line;
                }

                break;
            case PlistArray { Count: > 0 } array when array.Any(item => item is PlistDictionary or PlistArray):
                yield return pad + label;
                foreach (var item in array)
                {
                    foreach (var line in Entry("-", item, indent + 1))
                    {
                        yield return line;
                    }
                }

                break;
            default:
                yield return $"{pad}{label} {ValueText.Format(value)}";
                break;
        }
    }
}
