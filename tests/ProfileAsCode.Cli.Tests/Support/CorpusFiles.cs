using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Support;

internal static class CorpusFiles
{
    public static string Xml(TempDirectory dir, string name, PlistValue root) => dir.Write(name, PropertyListSerializer.WriteXml(root));
}
