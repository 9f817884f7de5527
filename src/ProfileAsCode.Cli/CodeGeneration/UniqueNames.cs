using System.Globalization;

namespace ProfileAsCode.Cli.CodeGeneration;

internal static class UniqueNames
{
    /// <summary>
    /// Members every record already has (synthesized by the compiler for records, or inherited from object): a property
    /// with one of these names would hide it, or not compile.
    /// </summary>
    public static readonly IReadOnlyList<string> RecordMembers =
    [
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct",
        "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    ];

    /// <summary>The member names a record named <paramref name="typeName"/> cannot give a property.</summary>
    public static HashSet<string> TakenInRecord(string typeName) => new(RecordMembers, StringComparer.Ordinal) { typeName };

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
