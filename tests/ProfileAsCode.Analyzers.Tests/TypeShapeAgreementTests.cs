using Microsoft.CodeAnalysis;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using ProfileAsCode.Rules;
using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.RecordShapeAnalyzer>;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// The analyzer's shape of a declared type and its PAC3004 verdict, for the same types and with the same
/// hand-written expectations as the build host's TypeShapeAgreementTests (tests/ProfileAsCode.Tests/Profiles).
/// </summary>
public sealed class TypeShapeAgreementTests
{
    private const string UserTypes = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using ProfileAsCode;

        namespace Shapes;

        public sealed class ClassWithoutPayloadKeys { public string? Name { get; set; } }
        public struct PlainStruct { public int Port { get; set; } }
        public sealed record InnerRecord { public int? Count { get; init; } [PayloadKey("Label")] public string? Text { get; init; } }
        public sealed record OuterRecord { public string? Name { get; init; } public InnerRecord? Inner { get; init; } }
        public interface IUserInterface { string? Name { get; } }
        public abstract class AbstractBase { public string? Name { get; set; } }
        public delegate void UserDelegate();
        """;

    public static TheoryData<string, string, bool> DeclaredTypes => new()
    {
        { "ClassWithoutPayloadKeys", nameof(TypeShapeKind.Record), true },
        { "PlainStruct", nameof(TypeShapeKind.Record), true },
        { "OuterRecord", nameof(TypeShapeKind.Record), true },
        { "Dictionary<string, int>", nameof(TypeShapeKind.Dictionary), true },
        { "Dictionary<int, string>", nameof(TypeShapeKind.Dictionary), false },
        { "List<string>", nameof(TypeShapeKind.Array), true },
        { "List<decimal>", nameof(TypeShapeKind.Array), false },
        { "string[]", nameof(TypeShapeKind.Array), true },
        { "byte[]", nameof(TypeShapeKind.Data), true },
        { "ImmutableArray<byte>", nameof(TypeShapeKind.Data), true },
        { "ReadOnlyMemory<byte>", nameof(TypeShapeKind.Data), true },
        { "ImmutableArray<string>", nameof(TypeShapeKind.Array), true },
        { "IUserInterface", nameof(TypeShapeKind.Unsupported), false },
        { "AbstractBase", nameof(TypeShapeKind.Unsupported), false },
        { "object", nameof(TypeShapeKind.Unsupported), false },
        { "decimal", nameof(TypeShapeKind.Unsupported), false },
        { "Guid", nameof(TypeShapeKind.Unsupported), false },
    };

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public void DeclaredType_HasTheDocumentedShapeAndVerdict(string type, string kindName, bool representable)
    {
        var kind = Enum.Parse<TypeShapeKind>(kindName); // by name: the kind is internal
        var shape = TypeShapeReader.Read(DeclaredType(type));

        Assert.Equal(kind, shape.Kind);
        Assert.Equal(representable, PlistRepresentability.Problem(shape) is null);
    }

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public async Task PropertyOfThatType_IsReportedByTheAnalyzer_ExactlyWhenUnrepresentable(string type, string kindName, bool representable)
    {
        _ = kindName;
        var property = representable ? "Value" : "{|PAC3004:Value|}";
        await Verify.AnalyzeAsync(UserTypes + $$"""

            [PreferenceDomain("com.example.holder")]
            public sealed record Holder
            {
                public {{type}}? {{property}} { get; init; }
            }
            """);
    }

    [Theory]
    [InlineData("ClassWithoutPayloadKeys", nameof(TypeShapeKind.Record))]
    [InlineData("PlainStruct", nameof(TypeShapeKind.Record))]
    [InlineData("OuterRecord", nameof(TypeShapeKind.Record))]
    [InlineData("IUserInterface", nameof(TypeShapeKind.Unsupported))]
    [InlineData("AbstractBase", nameof(TypeShapeKind.Unsupported))]
    [InlineData("UserDelegate", nameof(TypeShapeKind.Unsupported))]
    [InlineData("Guid", nameof(TypeShapeKind.Unsupported))]
    [InlineData("Uri", nameof(TypeShapeKind.Unsupported))]
    [InlineData("Microsoft.Win32.SafeHandles.SafeFileHandle", nameof(TypeShapeKind.Unsupported))]
    public void UserAndFrameworkTypes_ClassifiedAsTheModelDoes(string type, string expectedName)
    {
        var expected = Enum.Parse<TypeShapeKind>(expectedName); // by name: the kind is internal
        var symbol = DeclaredType(type);

        Assert.Equal(expected, TypeShapeReader.Read(symbol).Kind);
        Assert.Equal(expected == TypeShapeKind.Record, TypeShapeReader.IsNestedRecord(symbol));
    }

    private static ITypeSymbol DeclaredType(string type)
    {
        var source = UserTypes + $$"""

            public sealed record Holder
            {
                public {{type}}? Value { get; init; }
            }
            """;
        var compilation = TestCompilation.Create(source);
        var holder = compilation.GetTypeByMetadataName("Shapes.Holder")!;
        return holder.GetMembers("Value").OfType<IPropertySymbol>().Single().Type;
    }
}
