using System.Runtime.CompilerServices;
namespace ProfileAsCode.Rules.Apple;

/// <summary>Finds a key by a dotted path (<see cref="ApplePayloadSchema.FindKey"/>).</summary>
internal static class AppleKeyPath
{
    [MethodImpl(HotPath.Optimized)]
    public static AppleKeySchema? Resolve(AppleKeyChildren root, string path, List<AppleKeySchema>? chain)
    {
        if (path.Length == 0)
        {
            return null;
        }

        var level = root;
        var start = 0;
        while (true)
        {
            var node = Child(level, path, start, out var end);
            if (node is null)
            {
                return null;
            }

            chain?.Add(node);
            var position = end;
            while (position < path.Length && path[position] == '[')
            {
                var close = path.IndexOf(']', position);
                node = node.Element;
                if (close < 0 || node is null)
                {
                    return null;
                }

                chain?.Add(node);
                position = close + 1;
            }

            if (position == path.Length)
            {
                return node;
            }

            if (path[position] != '.')
            {
                return null;
            }

            level = node.Children;
            start = position + 1;
        }
    }

    /// <summary>The longest named child that the path continues with at <paramref name="start"/>, else the wildcard for one segment.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static AppleKeySchema? Child(AppleKeyChildren level, string path, int start, out int end)
    {
        AppleKeySchema? best = null;
        end = -1;
        foreach (var key in level.Keys)
        {
            var name = key.Name;
            var after = start + name.Length;
            if (key.IsArrayItem || key.IsWildcard || after > path.Length || (best is not null && after <= end)
                || string.CompareOrdinal(path, start, name, 0, name.Length) != 0
                || (after < path.Length && path[after] != '.' && path[after] != '['))
            {
                continue;
            }

            best = key;
            end = after;
        }

        if (best is not null || level.Wildcard is not { } wildcard)
        {
            return best;
        }

        end = start;
        while (end < path.Length && path[end] != '.' && path[end] != '[')
        {
            end++;
        }

        return end > start ? wildcard : null;
    }
}
