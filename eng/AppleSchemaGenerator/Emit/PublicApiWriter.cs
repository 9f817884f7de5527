using AppleSchemaGenerator.Records;

namespace AppleSchemaGenerator.Emit;

/// <summary>
/// The public API lines of the generated types, in the form Microsoft.CodeAnalysis.PublicApiAnalyzers writes
/// them (the build's RS0016/RS0017 check them). The generator owns every line about a type in
/// <c>ProfileAsCode.Apple</c>: it replaces those lines of <c>PublicAPI.Unshipped.txt</c> and keeps the others.
/// </summary>
internal static class PublicApiWriter
{
    public const string ApiFile = "src/ProfileAsCode/PublicAPI.Unshipped.txt";

    private const string Namespace = "ProfileAsCode.Apple";

    public static IReadOnlyList<string> Lines(IEnumerable<PayloadRecords> payloads)
    {
        var lines = new List<string>();
        foreach (var payload in payloads)
        {
            var outer = Namespace + "." + payload.Payload.Name;
            Record(lines, outer, payload.Payload, payload);
            foreach (var nested in payload.NestedTypes)
            {
                switch (nested)
                {
                    case RecordDef record:
                        Record(lines, outer + "." + record.Name, record, payload);
                        break;
                    case EnumDef enumeration:
                        Enum(lines, outer + "." + enumeration.Name, enumeration);
                        break;
                }
            }
        }

        Enum(lines, Namespace + "." + RecordBuilder.SwitchEnum.Name, RecordBuilder.SwitchEnum);
        return lines.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Whether a line of a PublicAPI file is about a generated type.</summary>
    public static bool IsGenerated(string line)
    {
        var symbol = line.StartsWith("override ", StringComparison.Ordinal) ? line["override ".Length..]
            : line.StartsWith("static ", StringComparison.Ordinal) ? line["static ".Length..]
            : line;
        return symbol.StartsWith(Namespace + ".", StringComparison.Ordinal);
    }

    /// <summary>The API file with its generated lines replaced by <paramref name="generated"/> (appended at the end).</summary>
    public static string Merge(string existing, IReadOnlyList<string> generated)
    {
        var kept = existing.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !IsGenerated(l));
        return string.Join("\n", kept.Concat(generated)) + "\n";
    }

    private static void Record(List<string> lines, string name, RecordDef record, PayloadRecords payload)
    {
        var simple = name[(name.LastIndexOf('.') + 1)..];
        lines.Add(name);
        lines.Add($"{name}.{simple}() -> void");
        lines.Add($"{name}.<Clone>$() -> {name}!");
        lines.Add($"{name}.Equals({name}? other) -> bool");
        lines.Add($"override {name}.Equals(object? obj) -> bool");
        lines.Add($"override {name}.GetHashCode() -> int");
        lines.Add($"override {name}.ToString() -> string!");
        lines.Add($"static {name}.operator !=({name}? left, {name}? right) -> bool");
        lines.Add($"static {name}.operator ==({name}? left, {name}? right) -> bool");
        foreach (var property in record.Properties)
        {
            lines.Add($"{name}.{property.Name}.get -> {Type(property.Type, payload, top: true)}");
            lines.Add($"{name}.{property.Name}.init -> void");
        }

        lines.Add($"{name}.AdditionalKeys.get -> System.Collections.Generic.IReadOnlyDictionary<string!, object?>?");
        lines.Add($"{name}.AdditionalKeys.init -> void");
    }

    private static void Enum(List<string> lines, string name, EnumDef enumeration)
    {
        lines.Add(name);
        for (var i = 0; i < enumeration.Members.Count; i++)
        {
            var (member, value) = enumeration.Members[i];
            lines.Add($"{name}.{member} = {(enumeration.IsInteger ? value : i.ToString(System.Globalization.CultureInfo.InvariantCulture))} -> {name}");
        }
    }

    /// <summary>A type as the analyzer writes it: nullable at the top (the property), <c>!</c> for references inside generics.</summary>
    private static string Type(CsType type, PayloadRecords payload, bool top)
    {
        var suffix = top ? "?" : type.IsValueType ? string.Empty : "!";
        return type switch
        {
            ScalarType scalar => Scalar(scalar) + suffix,
            EnumRef e => (ReferenceEquals(e.Enum, RecordBuilder.SwitchEnum) ? Namespace : Namespace + "." + payload.Payload.Name) + "." + e.Enum.Name + suffix,
            RecordRef r => Namespace + "." + payload.Payload.Name + "." + r.Record.Name + suffix,
            ListType list => $"System.Collections.Generic.IReadOnlyList<{Type(list.Element, payload, top: false)}>" + suffix,
            MapType map => $"System.Collections.Generic.IReadOnlyDictionary<string!, {Type(map.Value, payload, top: false)}>" + suffix,
            _ => throw new InvalidOperationException(type.ToString()),
        };
    }

    private static string Scalar(ScalarType scalar) => scalar.Name switch
    {
        "DateTimeOffset" => "System.DateTimeOffset",
        "PlistValue" => "ProfileAsCode.PropertyList.PlistValue",
        var name => name,
    };
}
