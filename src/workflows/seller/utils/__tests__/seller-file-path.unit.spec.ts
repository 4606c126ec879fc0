import {
  isSellerFile,
  sellerFileName,
  uniqueSellerFileName,
} from "../seller-file-path"

describe("seller file paths", () => {
  it("put uploads under the seller's folder with a safe base name", () => {
    expect(sellerFileName("sel_1", "logo.png")).toBe("sellers/sel_1/logo.png")
    expect(sellerFileName("sel_1", "../../etc/passwd")).toBe(
      "sellers/sel_1/passwd"
    )
    expect(sellerFileName("sel_1", "C:\\x\\my logo (1).png")).toBe(
      "sellers/sel_1/my_logo__1_.png"
    )
    expect(sellerFileName("sel_1", "..")).toBe("sellers/sel_1/file")
  })

  it("stay unique whatever the name, path segments and long names included", () => {
    for (const name of [
      "logo.png",
      "/abs/x.png",
      "..\\..\\x.png",
      "x".repeat(500) + ".png",
    ]) {
      const first = uniqueSellerFileName("sel_1", name)
      const second = uniqueSellerFileName("sel_1", name)
      expect(first).not.toBe(second)
      expect(first).toMatch(/^sellers\/sel_1\/[0-9a-f-]{36}-[A-Za-z0-9._-]+$/)
    }
  })

  it("recognise only the seller's own file ids", () => {
    expect(isSellerFile("sel_1", "sellers/sel_1/logo-01ABC.png", "")).toBe(true)
    expect(isSellerFile("sel_1", "shop/sellers/sel_1/logo.png", "shop/")).toBe(
      true
    )
    expect(isSellerFile("sel_1", "sellers/sel_12/logo.png", "")).toBe(false)
    expect(isSellerFile("sel_1", "sellers/sel_2/logo.png", "")).toBe(false)
    expect(isSellerFile("sel_1", "sellers/sel_1/../sel_2/logo.png", "")).toBe(
      false
    )
    expect(isSellerFile("sel_1", "other/sellers/sel_1/logo.png", "")).toBe(
      false
    )
  })
})
