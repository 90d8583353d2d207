package brisk.codegen;

import brisk.lower.ir.IrType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * Rust's bitwise copy of a Copy value on the JVM: objects that stand for inline Rust values
 * (ADTs, arrays, tuples) are duplicated recursively; scalars, cells and other objects (shared
 * references, immutable runtime strings) are the value itself.
 */
final class CopyEmitter {
    private static final MethodTypeDesc CLONE = MethodTypeDesc.of(ConstantDescs.CD_Object);

    private CopyEmitter() {}

    /** True when a copy of {@code type} is a new object rather than the same JVM value. */
    static boolean needsCopy(IrType type) {
        return type instanceof IrType.Adt || type instanceof IrType.Array || type instanceof IrType.Tuple;
    }

    /** Replaces the value of {@code type} on top of the stack by its copy. */
    static void emit(CodeBuilder code, IrType type) {
        switch (type) {
            case IrType.Adt adt -> {
                ClassDesc cls = JvmNames.desc(adt);
                code.invokevirtual(cls, "copy", MethodTypeDesc.of(cls));
            }
            case IrType.Array array when !needsCopy(array.element()) -> {
                ClassDesc desc = JvmNames.desc(array);
                code.invokevirtual(desc, "clone", CLONE).checkcast(desc);
            }
            case IrType.Array array -> {
                // A new array whose elements are copies of the source's elements.
                int source = code.allocateLocal(TypeKind.REFERENCE);
                int target = code.allocateLocal(TypeKind.REFERENCE);
                int index = code.allocateLocal(TypeKind.INT);
                code.astore(source)
                        .aload(source).arraylength().anewarray(JvmNames.desc(array.element())).astore(target)
                        .iconst_0().istore(index);
                Label head = code.newLabel();
                Label done = code.newLabel();
                code.labelBinding(head)
                        .iload(index).aload(source).arraylength().if_icmpge(done)
                        .aload(target).iload(index)
                        .aload(source).iload(index).aaload();
                emit(code, array.element());
                code.aastore()
                        .iinc(index, 1)
                        .goto_(head)
                        .labelBinding(done)
                        .aload(target);
            }
            case IrType.Tuple tuple -> {
                int source = code.allocateLocal(TypeKind.REFERENCE);
                ClassDesc cls = JvmNames.desc(tuple);
                var params = new java.util.ArrayList<ClassDesc>();
                code.astore(source).new_(cls).dup();
                for (int i = 0; i < tuple.elements().size(); i++) {
                    IrType element = tuple.elements().get(i);
                    code.aload(source);
                    ExprEmitter.tupleGet(code, tuple, i);
                    emit(code, element);
                    params.add(JvmNames.tupleFieldDesc(element));
                }
                code.invokespecial(cls, ConstantDescs.INIT_NAME, MethodTypeDesc.of(ConstantDescs.CD_void, params));
            }
            default -> { }
        }
    }
}
