using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.PropertyList;

public class RoundTripTests
{
    [Fact]
    public void Xml_Model_Binary_Model_Xml_IsTheIdentity()
    {
        var trees = PlistTreeGenerator.Trees(300);
        foreach (var tree in trees)
        {
            var xml = PropertyListSerializer.WriteXml(tree);
            var binary = PropertyListSerializer.WriteBinary(PropertyListSerializer.ReadXml(xml));
            var again = PropertyListSerializer.WriteXml(PropertyListSerializer.ReadBinary(binary));
            Assert.Equal(xml, again);
        }
    }

    [Fact]
    public void Binary_Model_Binary_IsTheIdentity()
    {
        foreach (var tree in PlistTreeGenerator.Trees(100, seed: 3))
        {
            var binary = PropertyListSerializer.WriteBinary(tree);
            Assert.Equal(binary, PropertyListSerializer.WriteBinary(PropertyListSerializer.ReadBinary(binary)));
        }
    }

    [Fact]
    public void WriteXml_IsDeterministic()
    {
        var tree = PlistTreeGenerator.Trees(1, seed: 12)[0];
        Assert.Equal(PropertyListSerializer.WriteXml(tree), PropertyListSerializer.WriteXml(tree));
    }
}
