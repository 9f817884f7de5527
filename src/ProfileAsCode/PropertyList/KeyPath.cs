using System.Text;

namespace ProfileAsCode.PropertyList;

/// <summary>
/// The writers' position in the tree, kept as a stack of segments so that naming a location in an
/// error costs nothing until an error happens.
/// </summary>
internal sealed class KeyPath
{
    public const string Root = "(root)";

    private readonly List<(string? Key, int Index)> segments = [];

    public int Depth => segments.Count;

    public void PushKey(string key) => segments.Add((key, -1));

    public void PushIndex(int index) => segments.Add((null, index));

    public void SetIndex(int index) => segments[^1] = (null, index);

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    public override string ToString()
    {
        if (segments.Count == 0)
        {
            return Root;
        }

        var text = new StringBuilder();
        foreach (var (key, index) in segments)
        {
            if (key is null)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(XmlCharacters.Printable(key));
            }
        }

        return text.ToString();
    }
}
