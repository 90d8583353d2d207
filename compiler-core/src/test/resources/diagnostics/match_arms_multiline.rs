fn main() {
    let flag = true;
    let x = match flag {
        true => {
            let a = 1;
            a
        }
        false => {
            let b = "zero";
            b
        }
    };
    let y = if flag { [
        1,
    ] } else { [
        "two",
    ] };
}
