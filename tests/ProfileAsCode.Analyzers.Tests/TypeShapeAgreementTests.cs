using Microsoft.CodeAnalysis;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using ProfileAsCode.Rules;
using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.RecordShapeAnalyzer>;

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

    public static TheoryData<string, TypeShapeKind, bool> DeclaredTypes => new()
    {
        { "ClassWithoutPayloadKeys", TypeShapeKind.Record, true },
        { "PlainStruct", TypeShapeKind.Record, true },
        { "OuterRecord", TypeShapeKind.Record, true },
        { "Dictionary<string, int>", TypeShapeKind.Dictionary, true },
        { "Dictionary<int, string>", TypeShapeKind.Dictionary, false },
        { "List<string>", TypeShapeKind.Array, true },
        { "List<decimal>", TypeShapeKind.Array, false },
        { "string[]", TypeShapeKind.Array, true },
        { "byte[]", TypeShapeKind.Data, true },
        { "ImmutableArray<byte>", TypeShapeKind.Data, true },
        { "ReadOnlyMemory<byte>", TypeShapeKind.Data, true },
        { "ImmutableArray<string>", TypeShapeKind.Array, true },
        { "IUserInterface", TypeShapeKind.Unsupported, false },
        { "AbstractBase", TypeShapeKind.Unsupported, false },
        { "object", TypeShapeKind.Unsupported, false },
        { "decimal", TypeShapeKind.Unsupported, false },
        { "Guid", TypeShapeKind.Unsupported, false },
    };

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public void DeclaredType_HasTheDocumentedShapeAndVerdict(string type, TypeShapeKind kind, bool representable)
    {
        var shape = TypeShapeReader.Read(DeclaredType(type));

        Assert.Equal(kind, shape.Kind);
        Assert.Equal(representable, PlistRepresentability.Problem(shape) is null);
    }

    [Theory]
    [MemberData(nameof(DeclaredTypes))]
    public async Task PropertyOfThatType_IsReportedByTheAnalyzer_ExactlyWhenUnrepresentable(string type, TypeShapeKind kind, bool representable)
    {
        _ = kind;
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
    [InlineData("ClassWithoutPayloadKeys", TypeShapeKind.Record)]
    [InlineData("PlainStruct", TypeShapeKind.Record)]
    [InlineData("OuterRecord", TypeShapeKind.Record)]
    [InlineData("IUserInterface", TypeShapeKind.Unsupported)]
    [InlineData("AbstractBase", TypeShapeKind.Unsupported)]
    [InlineData("UserDelegate", TypeShapeKind.Unsupported)]
    [InlineData("Guid", TypeShapeKind.Unsupported)]
    [InlineData("Uri", TypeShapeKind.Unsupported)]
    [InlineData("Microsoft.Win32.SafeHandles.SafeFileHandle", TypeShapeKind.Unsupported)]
    public void UserAndFrameworkTypes_ClassifiedAsTheModelDoes(string type, TypeShapeKind expected)
    {
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
