using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Tests.Rules.Structure;

public sealed class PlistRepresentabilityTests
{
    private static readonly TypeShape StringShape = TypeShape.Of(TypeShapeKind.String, "string");

    // object: TypeShape is internal, and a public theory cannot name it.
    public static TheoryData<object> Representable => new()
    {
        StringShape,
        TypeShape.Of(TypeShapeKind.Boolean, "bool"),
        TypeShape.Of(TypeShapeKind.Integer, "ulong"),
        TypeShape.Of(TypeShapeKind.Real, "double"),
        TypeShape.Of(TypeShapeKind.Date, "DateTimeOffset"),
        TypeShape.Of(TypeShapeKind.Data, "byte[]"),
        TypeShape.Of(TypeShapeKind.Enum, "IdentityProvider"),
        TypeShape.Of(TypeShapeKind.Record, "IdPSettings"),
        TypeShape.Of(TypeShapeKind.PlistValue, "PlistValue"),
        TypeShape.ArrayOf("IReadOnlyList<string>", StringShape),
        TypeShape.DictionaryOf("IReadOnlyDictionary<string, IReadOnlyList<long>>", StringShape, TypeShape.ArrayOf("IReadOnlyList<long>", TypeShape.Of(TypeShapeKind.Integer, "long"))),
    };

    [Theory]
    [MemberData(nameof(Representable))]
    public void PlistTypesAreRepresentable(object type)
    {
        Assert.Null(PlistRepresentability.Check("Setting", (TypeShape)type));
    }

    [Fact]
    public void UnsupportedTypeIsAnErrorNamingPropertyAndType()
    {
        var finding = PlistRepresentability.Check("Timeout", TypeShape.Of(TypeShapeKind.Unsupported, "TimeSpan"), "origin");

        Assert.NotNull(finding);
        Assert.Equal("PAC3004", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains("'Timeout'", finding.Message);
        Assert.Contains("'TimeSpan'", finding.Message);
        Assert.Equal("origin", finding.Origin);
    }

    [Fact]
    public void UnsupportedElementIsNamedWithItsContainer()
    {
        var type = TypeShape.ArrayOf("List<decimal>", TypeShape.Of(TypeShapeKind.Unsupported, "decimal"));

        Assert.Equal("'decimal' has no property-list form (in 'List<decimal>')", PlistRepresentability.Problem(type));
    }

    [Fact]
    public void NonStringDictionaryKeyIsNotRepresentable()
    {
        var type = TypeShape.DictionaryOf("Dictionary<int, string>", TypeShape.Of(TypeShapeKind.Integer, "int"), StringShape);

        Assert.Contains("keys are strings", PlistRepresentability.Problem(type));
    }

    [Fact]
    public void DeepNestingIsChecked()
    {
        var type = TypeShape.DictionaryOf(
            "IReadOnlyDictionary<string, IReadOnlyList<object>>",
            StringShape,
            TypeShape.ArrayOf("IReadOnlyList<object>", TypeShape.Of(TypeShapeKind.Unsupported, "object")));

        Assert.NotNull(PlistRepresentability.Check("Raw", type));
    }

    [Fact]
    public void ContainersAreBuiltByTheirOwnFactories()
    {
        Assert.Throws<ArgumentException>(() => TypeShape.Of(TypeShapeKind.Array, "string[]"));
    }
}
