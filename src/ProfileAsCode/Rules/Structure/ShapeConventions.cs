namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// The parts of <see cref="TypeShape"/> classification that the C# type system does not settle by itself.
/// The build host (System.Type) and the analyzer (ITypeSymbol) both ask here, so a property type gets the
/// same PAC3004 verdict while typing and at build time (docs/profiles.md, "Mapping").
/// </summary>
internal static class ShapeConventions
{
    /// <summary>
    /// Generic definitions, as namespace + metadata name, whose <c>byte</c> instantiation is binary data like
    /// <c>byte[]</c>: written as <c>&lt;data&gt;</c>, not as an array of integers.
    /// </summary>
    public static readonly IReadOnlyList<string> ByteContainers = new[]
    {
        "System.Collections.Immutable.ImmutableArray`1",
        "System.ReadOnlyMemory`1",
    };

    /// <summary>Whether <paramref name="genericDefinition"/> (e.g. <c>System.ReadOnlyMemory`1</c>) instantiated with byte is data.</summary>
    public static bool IsByteContainer(string? genericDefinition) =>
        genericDefinition is not null && ByteContainers.Contains(genericDefinition, StringComparer.Ordinal);

    /// <summary>
    /// The kind of a class or struct that is none of the scalars, enums, collections or PlistValue. One of
    /// the user's (or ours) is a <see cref="TypeShapeKind.Record"/> whether or not it uses [PayloadKey]: a
    /// property without it is written under its own name. Framework types (decimal, Guid, Uri, TimeSpan, …),
    /// interfaces, abstract classes and delegates have no property-list form.
    /// </summary>
    public static TypeShapeKind KindOfOtherType(string? containingNamespace, bool isInterface, bool isAbstract, bool isDelegate) =>
        isInterface || isAbstract || isDelegate || IsFrameworkNamespace(containingNamespace) ? TypeShapeKind.Unsupported : TypeShapeKind.Record;

    /// <summary><c>System</c>, <c>System.*</c> and <c>Microsoft.*</c>.</summary>
    public static bool IsFrameworkNamespace(string? ns) =>
        ns is not null && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
}
