namespace ProfileAsCode.Cli.CodeGeneration;

/// <summary>C# spellings of .NET types for generated code, collecting the namespaces to import.</summary>
internal sealed class TypeNames
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(object)] = "object",
        [typeof(sbyte)] = "sbyte", [typeof(byte)] = "byte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(double)] = "double", [typeof(float)] = "float", [typeof(decimal)] = "decimal",
    };

    private readonly SortedSet<string> namespaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> simpleNames = new(StringComparer.Ordinal);

    /// <summary>Namespaces the names used so far need, for <c>using</c> directives.</summary>
    public IReadOnlyCollection<string> Namespaces => namespaces;

    /// <summary>The names of the top-level types written so far without their namespace: a member of the same name would hide them.</summary>
    public IReadOnlyCollection<string> SimpleNames => simpleNames;

    public void Use(string @namespace) => namespaces.Add(@namespace);

    public string Name(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        if (type.IsNested)
        {
            return Name(type.DeclaringType!) + "." + name;
        }

        if (type.Namespace is { } ns)
        {
            namespaces.Add(ns);
        }

        simpleNames.Add(type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name);
        return name;
    }
}
