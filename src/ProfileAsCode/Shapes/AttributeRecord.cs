namespace ProfileAsCode.Shapes;

/// <summary>
/// One attribute application as metadata holds it (Roslyn's AttributeData, reflection's CustomAttributeData):
/// constructor arguments and named arguments as constants. An enum constant is its underlying number, an
/// array an <see cref="IReadOnlyList{T}"/> of its elements.
/// </summary>
internal sealed class AttributeRecord(string name, IReadOnlyList<object?> arguments, IReadOnlyList<KeyValuePair<string, object?>> namedArguments)
{
    /// <summary>The attribute class's name without namespace (<c>PayloadKeyAttribute</c>).</summary>
    public string Name { get; } = name;

    public IReadOnlyList<object?> Arguments { get; } = arguments;

    public IReadOnlyList<KeyValuePair<string, object?>> NamedArguments { get; } = namedArguments;

    public object? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;

    public object? Named(string name)
    {
        foreach (var argument in NamedArguments)
        {
            if (string.Equals(argument.Key, name, StringComparison.Ordinal))
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static AttributeRecord? Find(IReadOnlyList<AttributeRecord> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }
}
