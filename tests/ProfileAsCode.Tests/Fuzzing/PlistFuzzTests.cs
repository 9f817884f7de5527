using CsCheck;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Testing.Fuzzing;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.PropertyList;
using Xunit.Abstractions;

namespace ProfileAsCode.Tests.Fuzzing;

/// <summary>
/// Issue 13, item 12: property-based tests of the plist engine. Random trees survive our XML and binary writers and
/// readers and agree with Python's plistlib and libplist's plistutil (one process per batch of trees, not per tree);
/// random byte edits of valid XML and binary files are read or refused with <see cref="PlistFormatException"/>, within a
/// time and memory bound, and whatever is read goes through the profile reader without an exception.
/// eng/fuzz.sh runs the same properties for longer with new seeds.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class PlistFuzzTests(ITestOutputHelper output)
{
    private const int TreesPerBatch = 100;

    [Fact]
    public void RandomTrees_RoundTripThroughOurXmlAndBinary()
    {
        var passed = Fuzz.Check(
            "plist-round-trip",
            PlistGens.Tree,
            tree =>
            {
                var xml = PropertyListSerializer.WriteXml(tree);
                PlistAssert.Equivalent(PlistAssert.AfterXml(tree), PropertyListSerializer.ReadXml(xml), "XML");
                var binary = PropertyListSerializer.WriteBinary(tree);
                PlistAssert.Equivalent(tree, PropertyListSerializer.ReadBinary(binary), "binary");
                Assert.Equal(xml, PropertyListSerializer.WriteXml(PropertyListSerializer.ReadBinary(binary)));
            },
            ciSeed: "PACroundTrip",
            ciCases: 2000,
            PlistGens.AsFile,
            output.WriteLine);

        Assert.True(Fuzz.Seconds is not null || passed == 2000, $"{passed} cases");
    }

    [Fact]
    public void RandomTrees_ReadAlike_InPlistlibAndPlistutil()
    {
        Plistutil.EnsureInstalled();
        var trees = 0L;
        Fuzz.Check(
            "plist-oracles",
            PlistGens.Tree.Array[TreesPerBatch],
            batch =>
            {
                // One plist per batch: an array of the trees, so each oracle runs once per hundred trees.
                var root = new PlistArray(batch);
                var xml = PropertyListSerializer.WriteXml(root);
                var binary = PropertyListSerializer.WriteBinary(root);
                var plistlib = PythonPlistlib.Loads([xml, binary]);
                var plistutilBinary = Plistutil.Convert([xml], "bin")[0];
                var plistutilXml = Plistutil.Convert([binary], "xml")[0];

                PlistAssert.Equivalent(PlistAssert.AfterXml(root), plistlib[0].Value ?? throw new InvalidOperationException("plistlib refused our XML: " + plistlib[0].Error), "plistlib.loads(our XML)");
                PlistAssert.Equivalent(root, plistlib[1].Value ?? throw new InvalidOperationException("plistlib refused our binary: " + plistlib[1].Error), "plistlib.loads(our binary)");
                PlistAssert.Equivalent(PlistAssert.AfterXml(root), PropertyListSerializer.ReadBinary(plistutilBinary.Bytes ?? throw new InvalidOperationException("plistutil refused our XML: " + plistutilBinary.Error)), "our ReadBinary(plistutil -f bin(our XML))");
                // libplist writes a carriage return into XML as it is, and XML 1.0 (2.11, "End-of-Line Handling") reads it as a line feed.
                PlistAssert.Equivalent(LineEndsAsXmlReadsThem(PlistAssert.AfterXml(root)), PlistAssert.AfterXml(PropertyListSerializer.ReadXml(plistutilXml.Bytes ?? throw new InvalidOperationException("plistutil refused our binary: " + plistutilXml.Error))), "our ReadXml(plistutil -f xml(our binary))");
                Interlocked.Add(ref trees, batch.Length);
            },
            ciSeed: "PACoracles01",
            ciCases: 20,
            batch => PlistGens.AsFile(new PlistArray(batch)),
            output.WriteLine);

        output.WriteLine($"FUZZ plist-oracles: {trees} trees compared");
        Assert.True(Fuzz.Seconds is not null || trees == 20 * TreesPerBatch, $"{trees} trees compared");
    }

    [Fact]
    public void MutatedXml_IsReadOrRefused_WithinBounds() =>
        ReadOrRefuseAll("xml-mutations", PropertyListSerializer.WriteXml, "PACxmlMutate1", ".plist");

    [Fact]
    public void MutatedBinary_IsReadOrRefused_WithinBounds() =>
        ReadOrRefuseAll("binary-mutations", PropertyListSerializer.WriteBinary, "PACbinMutate1", ".bplist");

    /// <summary>
    /// Every mutated input gives a value or our format exception, bounded; a value read goes through the profile reader.
    /// Both outcomes must occur, or the mutations test nothing.
    /// </summary>
    private void ReadOrRefuseAll(string name, Func<PlistValue, byte[]> write, string seed, string extension)
    {
        var read = 0L;
        var refused = 0L;
        var passed = Fuzz.Check(
            name,
            ByteMutations.Of(Seeds(write)),
            bytes =>
            {
                PlistValue value;
                try
                {
                    value = Bounded.Run(bytes.Length, () => PropertyListSerializer.Read(bytes), "PropertyListSerializer.Read");
                }
                catch (PlistFormatException)
                {
                    Interlocked.Increment(ref refused);
                    return;
                }

                Interlocked.Increment(ref read);
                if (value is PlistDictionary dictionary)
                {
                    Bounded.Run(bytes.Length, () => ConfigurationProfile.FromPlist(dictionary), "ConfigurationProfile.FromPlist");
                }
            },
            seed,
            ciCases: 3000,
            bytes => (bytes, extension),
            output.WriteLine);

        output.WriteLine($"FUZZ {name}: {read} read, {refused} refused");
        Assert.True(passed > 0 && read > passed / 20 && refused > passed / 20, $"{read} read and {refused} refused of {passed}: the mutations are too weak or too strong to test anything");
    }

    /// <summary>Carriage returns in strings and keys as an XML reader gives them back: CR LF and lone CR as LF.</summary>
    private static PlistValue LineEndsAsXmlReadsThem(PlistValue value) => value switch
    {
        PlistString s => new PlistString(s.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')),
        PlistArray a => new PlistArray(a.Select(LineEndsAsXmlReadsThem)),
        PlistDictionary d => new PlistDictionary(d.Select(e => KeyValuePair.Create(e.Key.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), LineEndsAsXmlReadsThem(e.Value)))),
        _ => value,
    };

    /// <summary>Valid files to mutate: the profile fixtures (Apple's and Jamf's formats) and generated trees, in the given form.</summary>
    private static IReadOnlyList<byte[]> Seeds(Func<PlistValue, byte[]> write)
    {
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Profiles", "Fixtures"), "*.mobileconfig")
            .Order(StringComparer.Ordinal)
            .Select(file => write(PropertyListSerializer.Read(File.ReadAllBytes(file))));
        var trees = PlistTreeGenerator.Trees(12, seed: 13).Select(write);
        return [.. fixtures, .. trees];
    }
}
