using System.Globalization;

namespace ProfileAsCode.Cli.CodeGeneration;

internal static class UniqueNames
{
    /// <summary><paramref name="name"/>, or name2, name3… — the first not yet in <paramref name="taken"/>, which it is then added to.</summary>
    public static string Take(string name, ISet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
