namespace ProfileAsCode.Shapes;

/// <summary>
/// Types as C# writes them in messages: <c>int</c>, <c>int?</c>, <c>string[]</c>, <c>IReadOnlyList&lt;string&gt;</c>;
/// no namespaces, no containing types, no nullable reference annotations. One spelling for the analyzer and
/// the build host, so their messages are the same words.
/// </summary>
internal sealed class TypeNames<TType, TProperty>
    where TType : class
    where TProperty : class
{
    private const string System = "System";

    private readonly ITypeModel<TType, TProperty> model;

    public TypeNames(ITypeModel<TType, TProperty> model) => this.model = model;

    public string Of(TType type)
    {
        var facts = model.Describe(type);
        switch (facts.Category)
        {
            case TypeCategory.Array:
                var element = model.ArrayElement(type);
                return (element is null ? "?" : Of(element)) + "[" + new string(',', Math.Max(0, facts.ArrayRank - 1)) + "]";
            case TypeCategory.Other:
                return facts.MetadataName;
        }

        if (facts.Namespace == System && Keyword(facts.MetadataName) is { } keyword)
        {
            return keyword;
        }

        var arguments = model.TypeArguments(type);
        if (facts.Is(System, "Nullable`1") && arguments.Count == 1)
        {
            return Of(arguments[0]) + "?";
        }

        var plain = WithoutArity(facts.MetadataName);
        return arguments.Count == 0 ? plain : plain + "<" + string.Join(", ", arguments.Select(Of)) + ">";
    }

    /// <summary><c>List`1</c> → <c>List</c>: how a record's name reads in "Record.Property".</summary>
    public static string WithoutArity(string metadataName)
    {
        var tick = metadataName.IndexOf('`');
        return tick < 0 ? metadataName : metadataName.Substring(0, tick);
    }

    private static string? Keyword(string metadataName) => metadataName switch
    {
        "Boolean" => "bool",
        "Byte" => "byte",
        "SByte" => "sbyte",
        "Int16" => "short",
        "UInt16" => "ushort",
        "Int32" => "int",
        "UInt32" => "uint",
        "Int64" => "long",
        "UInt64" => "ulong",
        "Single" => "float",
        "Double" => "double",
        "Decimal" => "decimal",
        "Char" => "char",
        "String" => "string",
        "Object" => "object",
        _ => null,
    };
}
