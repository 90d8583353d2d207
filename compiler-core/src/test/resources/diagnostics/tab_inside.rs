fn main() {
    let y:	i32 =	"x";
}
