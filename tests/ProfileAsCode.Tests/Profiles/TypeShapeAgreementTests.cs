using System.Collections.Immutable;
using ProfileAsCode.Profiles;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

/// <summary>
/// The build host's shape of a declared type and its PAC3004 verdict are the ones docs/profiles.md
/// promises (expected values written by hand here), and the shared <see cref="ShapeConventions"/> the
/// analyzer calls gives the same kind for the same type.
/// </summary>
public class TypeShapeAgreementTests
{
    public static TheoryData<Type, string, bool> DeclaredTypes => new()
    {
        { typeof(ClassWithoutPayloadKeys), nameof(TypeShapeKind.Record), true },
        { typeof(PlainStruct), nameof(TypeShapeKind.Record), true },
        { typeof(OuterRecord), nameof(TypeShapeKind.Record), true },
        { typeof(Dictionary<string, int>), nameof(TypeShapeKind.Dictionary), true },
        { typeof(Dictionary<int, string>), nameof(TypeShapeKind.Dictionary), false },
        { typeof(List<string>), nameof(TypeShapeKind.Array), true },
        { typeof(List<decimal>), nameof(TypeShapeKind.Array), false },
        { typeof(string[]), nameof(TypeShapeKind.Array), true },
        { typeof(byte[]), nameof(TypeShapeKind.Data), true },
        { typeof(ImmutableArray<byte>), nameof(TypeShapeKind.Data), true },
        { typeof(ReadOnlyMemory<byte>), nameof(TypeShapeKind.Data), true },
        { typeof(ImmutableArray<string>), nameof(TypeShapeKind.Array), true },
        { typeof(IUserInterface), nameof(TypeShapeKind.Unsupported), false },
        { typeof(AbstractBase), nameof(TypeShapeKind.Unsupported), false },
        { typeof(object), nameof(TypeShapeKind.Unsupported), false },
        { typeof(decimal), nameof(TypeShapeKind.Unsupported), false },
        { typeof(Guid), nameof(TypeShapeKind.Unsupported), false },
    };

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public void DeclaredType_HasTheDocumentedShapeAndVerdict(Type type, string kindName, bool representable)
    {
        var kind = Enum.Parse<TypeShapeKind>(kindName); // by name: the kind is internal
        var shape = TypeShapes.OfDeclared(type, ShapeCatalog.ShapeOf(type));

        Assert.Equal(kind, shape.Kind);
        Assert.Equal(representable, PlistRepresentability.Problem(shape) is null);
    }

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public void PropertyOfThatType_IsReportedByTheModel_ExactlyWhenUnrepresentable(Type type, string kindName, bool representable)
    {
        _ = kindName;
        var holder = ShapeCatalog.RecordShapeOf(typeof(Holder<>).MakeGenericType(type));

        var problems = holder.Problems.Where(p => p.Rule == RuleCatalog.TypeNotRepresentable).ToArray();
        Assert.Equal(representable ? 0 : 1, problems.Length);
    }

    [Theory]
    [InlineData(typeof(ClassWithoutPayloadKeys), nameof(TypeShapeKind.Record))]
    [InlineData(typeof(PlainStruct), nameof(TypeShapeKind.Record))]
    [InlineData(typeof(OuterRecord), nameof(TypeShapeKind.Record))]
    [InlineData(typeof(IUserInterface), nameof(TypeShapeKind.Unsupported))]
    [InlineData(typeof(AbstractBase), nameof(TypeShapeKind.Unsupported))]
    [InlineData(typeof(UserDelegate), nameof(TypeShapeKind.Unsupported))]
    [InlineData(typeof(Guid), nameof(TypeShapeKind.Unsupported))]
    [InlineData(typeof(Uri), nameof(TypeShapeKind.Unsupported))]
    [InlineData(typeof(Microsoft.Win32.SafeHandles.SafeFileHandle), nameof(TypeShapeKind.Unsupported))]
    public void SharedConvention_ClassifiesUserTypes_AsTheModelDoes(Type type, string expectedName)
    {
        var expected = Enum.Parse<TypeShapeKind>(expectedName); // by name: the kind is internal
        // The analyzer passes the same four facts from an ITypeSymbol.
        var kind = ShapeConventions.KindOfOtherType(type.Namespace, type.IsInterface, type.IsAbstract, typeof(Delegate).IsAssignableFrom(type));

        Assert.Equal(expected, kind);
        Assert.Equal(expected, TypeShapes.OfDeclared(type, ShapeCatalog.ShapeOf(type)).Kind);
    }

    [Theory]
    [InlineData("System.Collections.Immutable.ImmutableArray`1", true)]
    [InlineData("System.ReadOnlyMemory`1", true)]
    [InlineData("System.Collections.Generic.List`1", false)]
    [InlineData(null, false)]
    public void ByteContainers_AreNamedByMetadataName(string? definition, bool isData)
    {
        Assert.Equal(isData, ShapeConventions.IsByteContainer(definition));
    }

    [Fact]
    public void RecordWithoutPayloadKeys_WritesPropertiesUnderTheirOwnNames()
    {
        var keys = ShapeCatalog.RecordShapeOf(typeof(OuterRecord)).Keys.Select(k => k.Key);

        Assert.Equal(["Name", "Inner"], keys);
        var inner = Assert.IsType<RecordShape>(ShapeCatalog.RecordShapeOf(typeof(OuterRecord)).Keys[1].Shape);
        Assert.Equal(["Count", "Label"], inner.Keys.Select(k => k.Key));
    }

    public sealed record Holder<T>
    {
        public T? Value { get; init; }
    }

    public sealed class ClassWithoutPayloadKeys
    {
        public string? Name { get; set; }
    }

    public struct PlainStruct
    {
        public int Port { get; set; }
    }

    public sealed record InnerRecord
    {
        public int? Count { get; init; }

        [PayloadKey("Label")]
        public string? Text { get; init; }
    }

    public sealed record OuterRecord
    {
        public string? Name { get; init; }

        public InnerRecord? Inner { get; init; }
    }

    public interface IUserInterface
    {
        string? Name { get; }
    }

    public abstract class AbstractBase
    {
        public string? Name { get; set; }
    }

    public delegate void UserDelegate();
}
