// Small folders for CoreFolderGraphTests: each of Uses* names Bottom.Brick in one way only, None not at all.
namespace Reporting.Core.Tests.Architecture.Samples.Bottom
{
    internal sealed class Brick;
}

namespace Reporting.Core.Tests.Architecture.Samples.UsesInBody
{
    internal static class Builder
    {
        public static object Build() => new Bottom.Brick();
    }
}

namespace Reporting.Core.Tests.Architecture.Samples.UsesInLambda
{
    internal static class Deferred
    {
        public static Func<object> Later() => () => typeof(Bottom.Brick);
    }
}

namespace Reporting.Core.Tests.Architecture.Samples.UsesInAsync
{
    internal static class Awaiting
    {
        public static async Task<string> Name()
        {
            await Task.Yield();
            return nameof(Awaiting) + new Bottom.Brick().GetHashCode();
        }
    }
}

namespace Reporting.Core.Tests.Architecture.Samples.UsesInGeneric
{
    internal sealed class Holder
    {
        public List<Bottom.Brick> Bricks { get; } = [];
    }
}

namespace Reporting.Core.Tests.Architecture.Samples.None
{
    internal static class Alone
    {
        public static int Answer() => 42;
    }
}
