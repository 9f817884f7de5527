using System.Collections.Immutable;
using ProfileAsCode.Profiles;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.Profiles;

/// <summary>
/// The build host's shape of a declared type and its PAC3004 verdict are the ones docs/profiles.md
/// promises (expected values written by hand here), and the shared <see cref="ShapeConventions"/> the
/// analyzer calls gives the same kind for the same type.
/// </summary>
public class TypeShapeAgreementTests
{
    public static TheoryData<Type, TypeShapeKind, bool> DeclaredTypes => new()
    {
        { typeof(ClassWithoutPayloadKeys), TypeShapeKind.Record, true },
        { typeof(PlainStruct), TypeShapeKind.Record, true },
        { typeof(OuterRecord), TypeShapeKind.Record, true },
        { typeof(Dictionary<string, int>), TypeShapeKind.Dictionary, true },
        { typeof(Dictionary<int, string>), TypeShapeKind.Dictionary, false },
        { typeof(List<string>), TypeShapeKind.Array, true },
        { typeof(List<decimal>), TypeShapeKind.Array, false },
        { typeof(string[]), TypeShapeKind.Array, true },
        { typeof(byte[]), TypeShapeKind.Data, true },
        { typeof(ImmutableArray<byte>), TypeShapeKind.Data, true },
        { typeof(ReadOnlyMemory<byte>), TypeShapeKind.Data, true },
        { typeof(ImmutableArray<string>), TypeShapeKind.Array, true },
        { typeof(IUserInterface), TypeShapeKind.Unsupported, false },
        { typeof(AbstractBase), TypeShapeKind.Unsupported, false },
        { typeof(object), TypeShapeKind.Unsupported, false },
        { typeof(decimal), TypeShapeKind.Unsupported, false },
        { typeof(Guid), TypeShapeKind.Unsupported, false },
    };

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public void DeclaredType_HasTheDocumentedShapeAndVerdict(Type type, TypeShapeKind kind, bool representable)
    {
        var shape = TypeShapes.OfDeclared(type, ShapeCatalog.ShapeOf(type));

        Assert.Equal(kind, shape.Kind);
        Assert.Equal(representable, PlistRepresentability.Problem(shape) is null);
    }

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public void PropertyOfThatType_IsReportedByTheModel_ExactlyWhenUnrepresentable(Type type, TypeShapeKind kind, bool representable)
    {
        _ = kind;
        var holder = ShapeCatalog.RecordShapeOf(typeof(Holder<>).MakeGenericType(type));

        var problems = holder.Problems.Where(p => p.Rule == RuleCatalog.TypeNotRepresentable).ToArray();
        Assert.Equal(representable ? 0 : 1, problems.Length);
    }

    [Theory]
    [InlineData(typeof(ClassWithoutPayloadKeys), TypeShapeKind.Record)]
    [InlineData(typeof(PlainStruct), TypeShapeKind.Record)]
    [InlineData(typeof(OuterRecord), TypeShapeKind.Record)]
    [InlineData(typeof(IUserInterface), TypeShapeKind.Unsupported)]
    [InlineData(typeof(AbstractBase), TypeShapeKind.Unsupported)]
    [InlineData(typeof(UserDelegate), TypeShapeKind.Unsupported)]
    [InlineData(typeof(Guid), TypeShapeKind.Unsupported)]
    [InlineData(typeof(Uri), TypeShapeKind.Unsupported)]
    [InlineData(typeof(Microsoft.Win32.SafeHandles.SafeFileHandle), TypeShapeKind.Unsupported)]
    public void SharedConvention_ClassifiesUserTypes_AsTheModelDoes(Type type, TypeShapeKind expected)
    {
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
