#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One object per thread, made on the thread's first `value` and released when the thread ends,
/// kept in a POSIX thread-specific slot: a lookup is one `pthread_getspecific`, not a Foundation
/// thread-dictionary access. For per-thread scratch that is too costly to make per use (PCRE2
/// match data and JIT stacks, hash tables reused from file to file).
public final class PerThread<Value: AnyObject>: @unchecked Sendable {
    @usableFromInline let key: pthread_key_t
    @usableFromInline let make: @Sendable () -> Value

    /// - Parameter make: builds the calling thread's object (called once per thread).
    public init(_ make: @escaping @Sendable () -> Value) {
        var key = pthread_key_t()
        pthread_key_create(&key) { p in
            if let p { Unmanaged<AnyObject>.fromOpaque(p).release() }
        }
        self.key = key
        self.make = make
    }

    /// The calling thread's object.
    @inlinable public var value: Value {
        if let p = pthread_getspecific(key) { return Unmanaged<Value>.fromOpaque(p).takeUnretainedValue() }
        let v = make()
        pthread_setspecific(key, Unmanaged.passRetained(v).toOpaque())
        return v
    }
}
